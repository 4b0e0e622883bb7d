import { describe, expect, it } from "vitest";
import { faultsOf, secretsOf } from "../../support/fuzz/verdict.js";

/** The fuzzers' judge must see each fault it is there to catch. */
describe("the fuzzers' verdict on an answer", () => {
  const ok = JSON.stringify({ errors: [{ message: "No.", extensions: { code: "FORBIDDEN" } }] });

  it("passes a refusal with a client code", () => {
    expect(faultsOf(200, ok, [], true)).toEqual([]);
  });

  it("finds a 500, a stack frame, an unknown or masked code, and a secret", async () => {
    expect(faultsOf(500, ok, [], true)).toEqual(["status 500"]);
    const stack = JSON.stringify({
      errors: [{ message: "at run (/srv/app.js:3:9)", extensions: { code: "FORBIDDEN" } }],
    });
    expect(faultsOf(400, stack, [], true)).toHaveLength(1);
    const masked = JSON.stringify({ errors: [{ extensions: { code: "INTERNAL_SERVER_ERROR" } }] });
    expect(faultsOf(200, masked, [], true)).toEqual(["error code INTERNAL_SERVER_ERROR"]);
    const secrets = await secretsOf();
    const [what, exemplar] = secrets.student[0]!;
    expect(
      faultsOf(200, JSON.stringify({ data: { x: `…${exemplar}…` } }), secrets.student, true),
    ).toEqual([`leaks ${what}`]);
    expect(
      faultsOf(200, JSON.stringify({ data: { x: `…${exemplar}…` } }), secrets.teacher, true),
    ).toEqual([]);
  });
});
