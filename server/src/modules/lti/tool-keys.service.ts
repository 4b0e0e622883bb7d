import {
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
  type JWTPayload,
  SignJWT,
} from "jose";
import { randomUUID } from "node:crypto";
import type { Queryable } from "../../core/database.js";
import * as sql from "./keys.sql.js";

/** How long a retired key stays published: platforms cache key sets for hours. */
export const RETIRED_KEY_PUBLISHED_SECONDS = 24 * 60 * 60;
const ALG = "RS256";

/** Generates an RSA 2048 key pair, stores it, and returns its kid (its RFC 7638 thumbprint). */
async function addKey(db: Queryable): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, {
    modulusLength: 2048,
    extractable: true,
  });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const meta = { kid, alg: ALG, use: "sig" };
  await sql.insertKey(db, {
    kid,
    publicJwk: { ...publicJwk, ...meta },
    privateJwk: { ...(await exportJWK(privateKey)), ...meta },
  });
  return kid;
}

/**
 * The tool's first key, made at start-up when there is none. The caller holds the start-up
 * advisory lock, so servers starting together make one.
 */
export async function ensureToolKey(db: Queryable): Promise<string | null> {
  if (await sql.selectSigningKey(db)) return null;
  return addKey(db);
}

/**
 * A new signing key; the old ones stay published for a day, and keys retired before that are
 * deleted. Run inside one transaction.
 */
export async function rotateToolKeys(
  db: Queryable,
): Promise<{ kid: string; retired: string[]; deleted: string[] }> {
  const deleted = await sql.deleteOldKeys(db, RETIRED_KEY_PUBLISHED_SECONDS);
  const retired = await sql.retireKeys(db);
  const kid = await addKey(db);
  return { kid, retired, deleted };
}

/** The tool's public key set (JWKS): the signing key first, then recently retired ones. */
export async function publishedKeySet(db: Queryable): Promise<{ keys: JWK[] }> {
  const rows = await sql.selectPublishedKeys(db, RETIRED_KEY_PUBLISHED_SECONDS);
  return { keys: rows.map((row) => row.publicJwk) };
}

/**
 * A JWT the tool signs with its newest key (deep-linking responses and service-token
 * assertions use it later).
 */
export async function signToolJwt(
  db: Queryable,
  claims: JWTPayload,
  options: { issuer: string; audience: string; expiresInSeconds: number },
): Promise<string> {
  const key = await sql.selectSigningKey(db);
  if (!key) throw new Error("the tool has no signing key: start the server once to create it");
  const privateKey = await importJWK(key.privateJwk, ALG);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: "JWT" })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(`${options.expiresInSeconds}s`)
    .setJti(randomUUID())
    .sign(privateKey);
}
