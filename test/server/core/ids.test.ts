import { describe, expect, it } from "vitest";
import { decodeId, encodeId } from "../../../server/src/core/ids.js";

describe("opaque ids", () => {
  it("round-trip, and differ between types for the same key", () => {
    const id = encodeId("Paragraph", "42");
    expect(decodeId("Paragraph", id)).toBe("42");
    expect(encodeId("Document", "42")).not.toBe(id);
    expect(decodeId("Document", id)).toBeNull();
  });

  it.each([
    "",
    "!!!",
    "not-base64",
    encodeId("Paragraph", "0"),
    encodeId("Paragraph", "-1"),
    encodeId("Paragraph", "99999999999999999999"),
    `${encodeId("Paragraph", "1")}=`,
    "x".repeat(500),
  ])("decode %j to null", (id) => expect(decodeId("Paragraph", id)).toBeNull());
});
