// Access tokens for the LTI Advantage services (AGS, NRPS), by the OAuth 2 client-credentials
// grant with a signed JWT assertion (1EdTech Security Framework 1.0 §4.1, RFC 7523):
// POST to the platform's token URL with grant_type=client_credentials,
// client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer,
// client_assertion=<JWT iss=sub=client_id, aud=token URL, signed by the tool's key>, scope=….
// Tokens are cached per platform and scope set until a minute before they expire; each server
// keeps its own cache, which at worst asks the platform once more.
import type { Queryable } from "../../core/database.js";
import type { PlatformRow } from "./platforms.sql.js";
import { signToolJwt } from "./tool-keys.service.js";

export const SCOPES = {
  lineItem: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
  lineItemReadOnly: "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
  resultReadOnly: "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
  score: "https://purl.imsglobal.org/spec/lti-ags/scope/score",
  memberships: "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly",
} as const;

const ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
const EARLY_SECONDS = 60;
const TIMEOUT_MS = 10_000;

/** A platform's token endpoint refused or failed; the message says what it answered. */
export class ServiceTokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServiceTokenError";
  }
}

type Platform = Pick<PlatformRow, "id" | "clientId" | "tokenUrl">;

const cache = new Map<string, { token: string; expiresAt: number }>();

const cacheKey = (platform: Platform, scopes: readonly string[]) =>
  `${platform.id}\n${platform.tokenUrl}\n${[...scopes].sort().join(" ")}`;

/** A bearer token for these scopes at this platform, from the cache or the token endpoint. */
export async function serviceAccessToken(
  db: Queryable,
  platform: Platform,
  scopes: readonly string[],
  now = Date.now,
): Promise<string> {
  const key = cacheKey(platform, scopes);
  const cached = cache.get(key);
  if (cached && cached.expiresAt > now()) return cached.token;

  const assertion = await signToolJwt(
    db,
    { sub: platform.clientId },
    { issuer: platform.clientId, audience: platform.tokenUrl, expiresInSeconds: 300 },
  );
  let response: Response;
  try {
    response = await fetch(platform.tokenUrl, {
      method: "POST",
      headers: { accept: "application/json" },
      body: new URLSearchParams({
        grant_type: "client_credentials",
        client_assertion_type: ASSERTION_TYPE,
        client_assertion: assertion,
        scope: scopes.join(" "),
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new ServiceTokenError(
      `the platform's token endpoint could not be reached: ${(error as Error).message}`,
    );
  }
  const body = (await response.json().catch(() => null)) as {
    access_token?: unknown;
    expires_in?: unknown;
    error?: unknown;
  } | null;
  if (!response.ok || typeof body?.access_token !== "string")
    throw new ServiceTokenError(
      `the platform's token endpoint answered ${response.status}` +
        (typeof body?.error === "string" ? ` (${body.error})` : ""),
    );
  const lifetime = typeof body.expires_in === "number" ? body.expires_in : 3600;
  cache.set(key, {
    token: body.access_token,
    expiresAt: now() + Math.max(0, lifetime - EARLY_SECONDS) * 1000,
  });
  return body.access_token;
}

/** Forgets a cached token (the platform answered 401 with it). */
export function forgetServiceToken(platform: Platform, scopes: readonly string[]): void {
  cache.delete(cacheKey(platform, scopes));
}
