import { describe, expect, it } from "vitest";
import { formatScore } from "../../../../client/src/lib/format/numbers.js";

describe("scores", () => {
  it("shows a score only when there is one", () => {
    expect(formatScore(7.5, 10, "en")).toBe("7.5 / 10");
    expect(formatScore(null, 10, "en")).toBeNull();
  });
});
