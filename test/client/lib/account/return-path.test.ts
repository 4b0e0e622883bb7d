import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../../../client/src/lib/account/return-path.js";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/assignments/QXNzaWdubWVudDox")).toBe("/assignments/QXNzaWdubWVudDox");
    expect(safeReturnPath(["/me", "/x"])).toBe("/me");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "",
    undefined,
    42,
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });
});
