// Pure: no I/O. LTI Dynamic Registration 1.0 (1EdTech): reading the platform's OpenID
// configuration and writing the tool's client registration.
import { checkPlatformUrl, PlatformInputError } from "./platforms.service.js";
import { SCOPES } from "./service-token.js";

export const PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
export const TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
export const TOOL_NAME = "Primary-source lessons";

/** A registration refused: a page with its status (400, 401 or 403) that created nothing. */
export class RegistrationError extends Error {
  constructor(
    readonly status: 400 | 401 | 403,
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = "RegistrationError";
  }
}

export const badRegistration = (message: string) =>
  new RegistrationError(400, "This registration cannot go ahead", message);

/** What the tool needs of the platform's OpenID configuration. */
export interface PlatformConfiguration {
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksUri: string;
  registrationEndpoint: string;
  productFamily: string | null;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** A URL from the platform, held to the rule for platform URLs (https, or http on loopback). */
function platformUrl(what: string, raw: unknown): string {
  try {
    return checkPlatformUrl(what, text(raw));
  } catch (error) {
    if (error instanceof PlatformInputError) throw badRegistration(error.message);
    throw error;
  }
}

/**
 * The platform's configuration, checked: every endpoint a trusted URL, and the issuer the
 * prefix of the configuration's own URL (Dynamic Registration §3.5.1), so a configuration
 * served from one site cannot speak for another platform.
 */
export function readPlatformConfiguration(
  body: unknown,
  configurationUrl: string,
): PlatformConfiguration {
  const config = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const issuer = platformUrl("the configuration's issuer", config.issuer);
  const base = issuer.replace(/\/+$/, "");
  const url = new URL(configurationUrl);
  const bare = `${url.origin}${url.pathname}`;
  if (new URL(issuer).origin !== url.origin || !(bare === base || bare.startsWith(`${base}/`)))
    throw badRegistration(
      `The platform's configuration names the issuer ${issuer}, which does not match the address it was read from (${bare}).`,
    );
  const lti = config[PLATFORM_CONFIGURATION];
  return {
    issuer,
    authorizationEndpoint: platformUrl("authorization_endpoint", config.authorization_endpoint),
    tokenEndpoint: platformUrl("token_endpoint", config.token_endpoint),
    jwksUri: platformUrl("jwks_uri", config.jwks_uri),
    registrationEndpoint: platformUrl("registration_endpoint", config.registration_endpoint),
    productFamily:
      lti && typeof lti === "object"
        ? (text((lti as Record<string, unknown>).product_family_code) ?? null)
        : null,
  };
}

/** The tool's client registration (OpenID Connect Dynamic Client Registration with LTI's additions). */
export function toolRegistration(toolOrigin: string) {
  return {
    application_type: "web",
    response_types: ["id_token"],
    grant_types: ["implicit", "client_credentials"],
    initiate_login_uri: `${toolOrigin}/lti/login`,
    redirect_uris: [`${toolOrigin}/lti/launch`],
    client_name: TOOL_NAME,
    jwks_uri: `${toolOrigin}/lti/jwks`,
    logo_uri: `${toolOrigin}/lti/logo.svg`,
    token_endpoint_auth_method: "private_key_jwt",
    scope: [
      SCOPES.lineItem,
      SCOPES.lineItemReadOnly,
      SCOPES.resultReadOnly,
      SCOPES.score,
      SCOPES.memberships,
    ].join(" "),
    [TOOL_CONFIGURATION]: {
      domain: new URL(toolOrigin).host,
      target_link_uri: `${toolOrigin}/`,
      description: "Primary-source history lessons: read the document, answer, and see results.",
      claims: ["iss", "sub", "name", "given_name", "family_name"],
      messages: [
        { type: "LtiResourceLinkRequest", target_link_uri: `${toolOrigin}/` },
        {
          type: "LtiDeepLinkingRequest",
          target_link_uri: `${toolOrigin}/`,
          label: "Add a lesson",
          supported_types: ["ltiResourceLink"],
        },
      ],
    },
  };
}

/** The platform's answer to a registration: the client id and the deployment it made. */
export function readRegistrationResponse(body: unknown): {
  clientId: string;
  deploymentId: string;
} {
  const answer = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const clientId =
    text(answer.client_id) ??
    (typeof answer.client_id === "number" ? String(answer.client_id) : undefined);
  if (!clientId)
    throw badRegistration("The platform's answer to the registration has no client_id.");
  const tool = answer[TOOL_CONFIGURATION];
  const deploymentId =
    tool && typeof tool === "object"
      ? text((tool as Record<string, unknown>).deployment_id)
      : undefined;
  if (!deploymentId)
    throw badRegistration(
      "The platform's answer to the registration names no deployment_id, so no launch from it could be trusted. Register the tool with a deployment in the LMS.",
    );
  return { clientId, deploymentId };
}
