import { createHash, randomBytes } from "node:crypto";
import type { Queryable } from "../../core/database.js";
import { badLaunch, untrustedLaunch } from "./lti.errors.js";
import * as sql from "./logins.sql.js";
import { platformForLogin } from "./platforms.service.js";

/** How long the platform has to answer a login with its id_token. */
export const LOGIN_SECONDS = 10 * 60;

/** The parameters of a third-party-initiated login (OIDC), as the platform sent them. */
export interface LoginParams {
  iss?: string;
  login_hint?: string;
  target_link_uri?: string;
  lti_message_hint?: string;
  client_id?: string;
  lti_deployment_id?: string;
}

export const hashState = (state: string) =>
  createHash("sha256").update(state, "utf8").digest("hex");

const param = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 && value.length <= 2048 ? value : undefined;

/** Whether a URL is on the tool's own origin (a target elsewhere would make an open redirect). */
export function isToolUrl(raw: string, toolOrigin: string): boolean {
  try {
    return new URL(raw).origin === new URL(toolOrigin).origin;
  } catch {
    return false;
  }
}

/**
 * Starts a launch: finds the platform, stores a single-use state and nonce for ten minutes,
 * and returns the platform's authorization URL to redirect the browser to.
 */
export async function beginLogin(
  db: Queryable,
  raw: Record<string, unknown>,
  toolOrigin: string,
): Promise<string> {
  const iss = param(raw.iss);
  const loginHint = param(raw.login_hint);
  const target = param(raw.target_link_uri);
  if (!iss || !loginHint || !target)
    throw badLaunch("A login needs iss, login_hint and target_link_uri from the platform.");
  const platform = await platformForLogin(db, iss, param(raw.client_id) ?? null);
  if (platform === "ambiguous")
    throw badLaunch(`${iss} is registered more than once here: the login must name its client_id.`);
  if (!platform)
    throw untrustedLaunch(
      `No platform ${iss}${raw.client_id ? ` with client id ${String(raw.client_id)}` : ""} is registered on this server.`,
    );
  const deploymentId = param(raw.lti_deployment_id);
  if (deploymentId && !platform.deploymentIds.includes(deploymentId))
    throw untrustedLaunch(`Deployment ${deploymentId} of ${iss} is not registered on this server.`);
  if (!isToolUrl(target, toolOrigin))
    throw badLaunch(`The launch's target ${target} is not on this server (${toolOrigin}).`);
  const state = randomBytes(32).toString("base64url");
  const nonce = randomBytes(32).toString("base64url");
  await sql.insertLogin(db, {
    stateHash: hashState(state),
    nonce,
    platformId: platform.id,
    targetLinkUri: target,
    seconds: LOGIN_SECONDS,
  });
  const url = new URL(platform.authLoginUrl);
  const query: Record<string, string> = {
    scope: "openid",
    response_type: "id_token",
    response_mode: "form_post",
    prompt: "none",
    client_id: platform.clientId,
    redirect_uri: new URL("/lti/launch", toolOrigin).href,
    login_hint: loginHint,
    state,
    nonce,
  };
  const messageHint = param(raw.lti_message_hint);
  if (messageHint) query.lti_message_hint = messageHint;
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}
