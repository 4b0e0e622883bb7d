import type { Queryable } from "../../core/database.js";
import * as sql from "./platforms.sql.js";

export type { PlatformRow } from "./platforms.sql.js";

/** A platform registration the tool refuses, with the reason for the person registering it. */
export class PlatformInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlatformInputError";
  }
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A platform URL fit to trust: HTTPS, or plain HTTP on a loopback host (a platform on the same
 * machine, as in development). Anything else would let a network attacker swap keys or tokens.
 */
export function checkPlatformUrl(option: string, raw: string | undefined): string {
  const value = raw?.trim() ?? "";
  if (!value) throw new PlatformInputError(`${option} is required`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new PlatformInputError(`${option} is not a URL: ${value}`);
  }
  const loopbackHttp = url.protocol === "http:" && LOOPBACK.has(url.hostname);
  if (url.protocol !== "https:" && !loopbackHttp)
    throw new PlatformInputError(
      `${option} must be an https:// URL (plain http:// only for localhost or 127.0.0.1): ${value}`,
    );
  return value;
}

export interface PlatformInput {
  issuer?: string;
  clientId?: string;
  authLoginUrl?: string;
  tokenUrl?: string;
  jwksUrl?: string;
  deploymentIds: string[];
}

/** Registers a platform (or updates its URLs) and its deployment ids, in one transaction. */
export async function addPlatform(
  db: Queryable,
  input: PlatformInput,
): Promise<{ platform: sql.PlatformRow; created: boolean }> {
  const issuer = checkPlatformUrl("--issuer", input.issuer);
  const clientId = input.clientId?.trim();
  if (!clientId) throw new PlatformInputError("--client-id is required");
  const authLoginUrl = checkPlatformUrl("--auth-url", input.authLoginUrl);
  const tokenUrl = checkPlatformUrl("--token-url", input.tokenUrl);
  const jwksUrl = checkPlatformUrl("--jwks-url", input.jwksUrl);
  const deploymentIds = [...new Set(input.deploymentIds.map((id) => id.trim()))];
  if (deploymentIds.length === 0 || deploymentIds.some((id) => id === ""))
    throw new PlatformInputError("at least one non-empty --deployment-id is required");
  const { id, created } = await sql.upsertPlatform(db, {
    issuer,
    clientId,
    authLoginUrl,
    tokenUrl,
    jwksUrl,
  });
  await sql.insertDeployments(db, id, deploymentIds);
  return { platform: (await sql.selectPlatform(db, id))!, created };
}

/** Every registered platform with its deployment ids. */
export function listPlatforms(db: Queryable): Promise<sql.PlatformRow[]> {
  return sql.selectPlatforms(db);
}

/** Removes a platform's registration (its logins go with it; linked users and classes stay). */
export async function removePlatform(
  db: Queryable,
  issuer: string,
  clientId: string | null,
): Promise<number> {
  return sql.deletePlatforms(db, issuer, clientId);
}

/**
 * The platform a login names: by issuer and client id, or by issuer alone when it has one
 * registration. "ambiguous" when it has several and the login sent no client id.
 */
export async function platformForLogin(
  db: Queryable,
  issuer: string,
  clientId: string | null,
): Promise<sql.PlatformRow | "ambiguous" | undefined> {
  const rows = await sql.selectPlatformsByIssuer(db, issuer, clientId);
  if (rows.length > 1) return "ambiguous";
  return rows[0];
}

/** The platform with this id. */
export function platformById(db: Queryable, id: string): Promise<sql.PlatformRow | undefined> {
  return sql.selectPlatform(db, id);
}
