import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import { untrustedLaunch } from "./lti.errors.js";
import type { PlatformRow } from "./platforms.service.js";

type KeySet = ReturnType<typeof createRemoteJWKSet>;

/**
 * Each platform's key set, fetched once and kept (jose refetches when a token names a kid it
 * has not seen, at most every 30 s), for the life of the app.
 */
export function createPlatformKeySets(): (jwksUrl: string) => KeySet {
  const sets = new Map<string, KeySet>();
  return (jwksUrl) => {
    let set = sets.get(jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 5_000 });
      sets.set(jwksUrl, set);
    }
    return set;
  };
}

/** Clock skew allowed between the platform and this server. */
const CLOCK_TOLERANCE_SECONDS = 60;
const MAX_TOKEN_AGE_SECONDS = 10 * 60;

/**
 * Verifies a launch's id_token against its platform: RS256 signature by a key in the
 * platform's JWKS, iss, aud (with azp when aud lists several), exp, and iat (in the past, at
 * most ten minutes ago). 401 otherwise.
 */
export async function verifyIdToken(
  idToken: string,
  platform: PlatformRow,
  keySets: (jwksUrl: string) => KeySet,
): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, keySets(platform.jwksUrl), {
      issuer: platform.issuer,
      audience: platform.clientId,
      algorithms: ["RS256"],
      requiredClaims: ["exp", "iat", "nonce"],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      // A launch posts its token at once; the login it answers lives ten minutes.
      maxTokenAge: MAX_TOKEN_AGE_SECONDS,
    }));
  } catch (error) {
    throw untrustedLaunch(reason(error));
  }
  if (Array.isArray(payload.aud) && payload.azp !== platform.clientId)
    throw untrustedLaunch("The id_token names several audiences and its azp is not this tool.");
  return payload;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired)
    return error.claim === "iat"
      ? "The id_token was issued more than ten minutes ago."
      : "The id_token has expired.";
  if (error instanceof errors.JWTClaimValidationFailed)
    return `The id_token's ${error.claim} claim is wrong for this tool (${error.reason}).`;
  if (error instanceof errors.JWKSNoMatchingKey)
    return "The id_token is signed with a key the platform does not publish.";
  if (error instanceof errors.JWSSignatureVerificationFailed)
    return "The id_token's signature does not verify.";
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError)
    return `The id_token could not be verified (${error.code}).`;
  return "The id_token could not be verified.";
}
