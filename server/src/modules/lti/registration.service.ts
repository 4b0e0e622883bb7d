// LTI Dynamic Registration (1EdTech, as Moodle 4 and Canvas implement it): the platform opens
// /lti/register?openid_configuration=…&registration_token=…; the tool reads the platform's
// configuration, posts its client registration with the token, and registers the platform and
// the deployment the answer names. Who may register: LTI_REGISTRATION=open, or a single-use
// URL from `npm run lti:registration-url` (its tool_token), closed otherwise.
import { createHash, randomBytes } from "node:crypto";
import { type Pool, type Queryable, withTransaction } from "../../core/database.js";
import { addPlatform, checkPlatformUrl, PlatformInputError } from "./platforms.service.js";
import {
  badRegistration,
  type PlatformConfiguration,
  readPlatformConfiguration,
  readRegistrationResponse,
  RegistrationError,
  toolRegistration,
} from "./registration-config.js";
import * as tokens from "./registration-tokens.sql.js";

export type RegistrationMode = "open" | "closed";
export const REGISTRATION_URL_DAYS = 7;
const TIMEOUT_MS = 15_000;

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** A new single-use registration URL, valid for `days`. */
export async function newRegistrationUrl(
  db: Queryable,
  toolOrigin: string,
  days = REGISTRATION_URL_DAYS,
): Promise<{ url: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + days * 24 * 3600 * 1000);
  await tokens.insertRegistrationToken(db, hashToken(token), expiresAt);
  return { url: `${toolOrigin}/lti/register?tool_token=${token}`, expiresAt };
}

export interface RegistrationParams {
  openid_configuration?: unknown;
  registration_token?: unknown;
  tool_token?: unknown;
}

const param = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 && value.length <= 4096 ? value : undefined;

/**
 * Registers the platform that opened the registration, or throws a RegistrationError (400,
 * 401 or 403) having registered nothing here. The single-use token is used up only when the
 * platform and its deployment are stored, in the same transaction.
 */
export async function registerPlatform(
  pool: Pool,
  params: RegistrationParams,
  options: { toolOrigin: string; mode: RegistrationMode },
): Promise<{ issuer: string; clientId: string; deploymentId: string }> {
  const toolToken = param(params.tool_token);
  if (!toolToken && options.mode !== "open")
    throw new RegistrationError(
      403,
      "Registration is closed",
      "This server does not take LMS registrations from anyone. Ask its administrator for a registration URL (npm run lti:registration-url), or to open registration (LTI_REGISTRATION=open).",
    );
  if (toolToken && !(await tokens.selectUsableToken(pool, hashToken(toolToken)))) throw usedToken();
  const configurationUrl = param(params.openid_configuration);
  if (!configurationUrl)
    throw badRegistration(
      "The registration names no openid_configuration: start it from the LMS's tool registration page.",
    );
  try {
    checkPlatformUrl("openid_configuration", configurationUrl);
  } catch (error) {
    if (error instanceof PlatformInputError) throw badRegistration(error.message);
    throw error;
  }
  const config = readPlatformConfiguration(
    await getJson(configurationUrl, "the platform's configuration"),
    configurationUrl,
  );
  const answer = await postRegistration(
    config,
    options.toolOrigin,
    param(params.registration_token),
  );
  return withTransaction(pool, async (db) => {
    if (toolToken && !(await tokens.consumeToken(db, hashToken(toolToken), config.issuer)))
      throw usedToken();
    try {
      await addPlatform(db, {
        issuer: config.issuer,
        clientId: answer.clientId,
        authLoginUrl: config.authorizationEndpoint,
        tokenUrl: config.tokenEndpoint,
        jwksUrl: config.jwksUri,
        deploymentIds: [answer.deploymentId],
      });
    } catch (error) {
      if (error instanceof PlatformInputError) throw badRegistration(error.message);
      throw error;
    }
    return { issuer: config.issuer, ...answer };
  });
}

const usedToken = () =>
  new RegistrationError(
    401,
    "This registration URL does not work",
    "This registration URL is unknown, expired or already used. Ask the server's administrator for a new one (npm run lti:registration-url).",
  );

async function getJson(url: string, what: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw badRegistration(`${what} could not be read: ${(error as Error).message}`);
  }
  if (!response.ok) throw badRegistration(`${what} could not be read: ${response.status}`);
  const body: unknown = await response.json().catch(() => null);
  if (!body) throw badRegistration(`${what} is not JSON.`);
  return body;
}

async function postRegistration(
  config: PlatformConfiguration,
  toolOrigin: string,
  registrationToken: string | undefined,
) {
  let response: Response;
  try {
    response = await fetch(config.registrationEndpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(registrationToken ? { authorization: `Bearer ${registrationToken}` } : {}),
      },
      body: JSON.stringify(toolRegistration(toolOrigin)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw badRegistration(
      `The platform's registration endpoint could not be reached: ${(error as Error).message}`,
    );
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const reason = [body?.error, body?.error_description].filter((x) => typeof x === "string");
    throw badRegistration(
      `The platform refused the registration (${response.status}${reason.length ? `: ${reason.join(", ")}` : ""}).`,
    );
  }
  return readRegistrationResponse(body);
}
