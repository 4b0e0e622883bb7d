import type { PlatformSimulator } from "./lti-platform.js";

export const TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

/**
 * LTI Dynamic Registration on the simulator: its OpenID configuration at
 * /.well-known/openid-configuration and a registration endpoint at /register that takes the
 * tool's client registration with the registration token (Bearer) and answers the simulator's
 * client id and deployment id, as Moodle and Canvas do.
 */
export function addRegistration(platform: PlatformSimulator) {
  const registrations: Array<{ authorization: string | undefined; body: any }> = [];
  const state = {
    token: "reg-token-1",
    /** The issuer the configuration names (the simulator's own by default). */
    issuer: platform.issuer,
    /** Refuse the next registrations with this status. */
    refuse: 0,
    deploymentId: platform.deploymentId as string | undefined,
  };
  platform.route("/.well-known/openid-configuration", (_request, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        issuer: state.issuer,
        authorization_endpoint: platform.authUrl,
        token_endpoint: platform.tokenUrl,
        jwks_uri: platform.jwksUrl,
        registration_endpoint: `${platform.issuer}/register`,
        scopes_supported: ["openid"],
        response_types_supported: ["id_token"],
        id_token_signing_alg_values_supported: ["RS256"],
        "https://purl.imsglobal.org/spec/lti-platform-configuration": {
          product_family_code: "simulator",
          version: "1.0",
          messages_supported: [
            { type: "LtiResourceLinkRequest" },
            { type: "LtiDeepLinkingRequest" },
          ],
        },
      }),
    );
  });
  platform.route("/register", (request, res) => {
    const body = JSON.parse(request.body || "null");
    registrations.push({ authorization: request.headers.authorization, body });
    const answer = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    };
    if (request.method !== "POST") return answer(405, { error: "method" });
    if (request.headers.authorization !== `Bearer ${state.token}`)
      return answer(401, { error: "invalid_token" });
    if (state.refuse)
      return answer(state.refuse, {
        error: "invalid_client_metadata",
        error_description: "redirect_uris refused",
      });
    answer(200, {
      ...body,
      client_id: platform.clientId,
      [TOOL_CONFIGURATION]: { ...body[TOOL_CONFIGURATION], deployment_id: state.deploymentId },
    });
  });
  return {
    state,
    registrations,
    configurationUrl: `${platform.issuer}/.well-known/openid-configuration`,
    /** The query the platform opens the tool's registration URL with. */
    query(extra: Record<string, string> = {}) {
      return new URLSearchParams({
        openid_configuration: `${platform.issuer}/.well-known/openid-configuration`,
        registration_token: state.token,
        ...extra,
      });
    },
  };
}
