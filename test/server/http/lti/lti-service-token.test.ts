import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  SCOPES,
  serviceAccessToken,
  ServiceTokenError,
} from "../../../../server/src/modules/lti/service-token.js";
import { startPlatformSimulator, type PlatformSimulator } from "../../../support/lti-platform.js";
import { serveForSuite } from "../../../support/server.js";
import { registerPlatform } from "./lti-world.js";

describe("LTI service access tokens (client credentials with a signed assertion)", () => {
  const suite = serveForSuite("pglite");
  let platform: PlatformSimulator;
  let row: Awaited<ReturnType<typeof registerPlatform>>["platform"];
  beforeAll(async () => {
    platform = await startPlatformSimulator();
    row = (await registerPlatform(suite.database.pool, platform)).platform;
    platform.trustTool(suite.server.url);
  });
  afterAll(() => platform?.close());

  it("gets a token the platform verified against the tool's JWKS, and reuses it until it expires", async () => {
    const scopes = [SCOPES.score, SCOPES.lineItem];
    const token = await serviceAccessToken(suite.database.pool, row, scopes);
    expect(platform.received.tokenRequests).toEqual([{ scope: scopes.join(" "), granted: true }]);
    expect(await serviceAccessToken(suite.database.pool, row, [...scopes].reverse())).toBe(token);
    expect(platform.received.tokenRequests).toHaveLength(1);

    const later = () => Date.now() + 3600_000;
    const fresh = await serviceAccessToken(suite.database.pool, row, scopes, later);
    expect(fresh).not.toBe(token);
    expect(platform.received.tokenRequests).toHaveLength(2);
  });

  it("says what the token endpoint answered when it refuses", async () => {
    platform.failTokenRequests(1);
    const attempt = serviceAccessToken(suite.database.pool, row, [SCOPES.memberships]);
    await expect(attempt).rejects.toThrow(ServiceTokenError);
    await expect(attempt).rejects.toThrow(/503 \(temporarily_unavailable\)/);
  });

  it("a client the platform does not know is refused", async () => {
    const stranger = { ...row, id: "stranger", clientId: "someone-else" };
    await expect(
      serviceAccessToken(suite.database.pool, stranger, [SCOPES.memberships]),
    ).rejects.toThrow(/401 \(invalid_client\)/);
  });
});
