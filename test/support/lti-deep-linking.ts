// Deep Linking 2.0 on the platform simulator: it signs LtiDeepLinkingRequests (through the
// launch spec's claim overrides) and takes the tool's LtiDeepLinkingResponse at its return
// URL, verifying it against the tool's JWKS as a platform would.
import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, jwtVerify } from "jose";
import { INSTRUCTOR, LTI, type LaunchSpec, type PlatformSimulator } from "./lti-platform.js";

export const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
export const RETURN_PATH = "/deep-link-return";

/** What the simulator's return URL received: the verified response, or why it failed. */
export interface DeepLinkReturn {
  payload: JWTPayload | null;
  kid: string | undefined;
  error: string | null;
}

/**
 * A teacher's deep-linking request from a course (ids unique per `tag`): the deep linking
 * settings a platform sends, and no resource link. `settings` changes the settings claim.
 */
export function deepLinkSpec(
  platform: PlatformSimulator,
  tag: string,
  extra: Partial<LaunchSpec> & { settings?: Record<string, unknown> } = {},
): LaunchSpec {
  const { settings, claims, ...rest } = extra;
  return {
    sub: `teacher-${tag}`,
    roles: [INSTRUCTOR],
    name: `Mr Okafor ${tag}`,
    context: { id: `course-${tag}`, title: `History 11 ${tag}` },
    resourceLinkId: `unused-${tag}`,
    targetPath: "/lti/launch",
    ...rest,
    claims: {
      [`${LTI}message_type`]: "LtiDeepLinkingRequest",
      [`${LTI}resource_link`]: undefined,
      [`${DL}deep_linking_settings`]: {
        deep_link_return_url: `${platform.issuer}${RETURN_PATH}`,
        accept_types: ["link", "ltiResourceLink"],
        accept_presentation_document_targets: ["iframe", "window"],
        accept_multiple: false,
        accept_lineitem: true,
        data: `opaque-${tag}`,
        ...settings,
      },
      ...claims,
    },
  };
}

/**
 * Adds the deep-link return URL to the simulator; every post is verified against the tool's
 * JWKS (issuer = the tool's client_id, audience = this platform) and recorded.
 */
export function acceptDeepLinks(platform: PlatformSimulator, toolUrl: string): DeepLinkReturn[] {
  const returns: DeepLinkReturn[] = [];
  const toolKeys = createRemoteJWKSet(new URL(`${toolUrl}/lti/jwks`));
  platform.route(RETURN_PATH, async (request, res) => {
    const jwt = new URLSearchParams(request.body).get("JWT") ?? "";
    try {
      const { payload, protectedHeader } = await jwtVerify(jwt, toolKeys, {
        issuer: platform.clientId,
        audience: platform.issuer,
        algorithms: ["RS256"],
        requiredClaims: ["iat", "exp", "nonce"],
      });
      returns.push({ payload, kid: protectedHeader.kid, error: null });
      res.writeHead(200, { "content-type": "text/html" }).end("<h1>Content added</h1>");
    } catch (error) {
      let kid: string | undefined;
      try {
        kid = decodeProtectedHeader(jwt).kid;
      } catch {
        kid = undefined;
      }
      returns.push({ payload: null, kid, error: (error as Error).message });
      res.writeHead(400).end("bad JWT");
    }
  });
  return returns;
}

/** The form a tool's page auto-posts: its action and fields. */
export function autoPostForm(html: string): { action: string; fields: Record<string, string> } {
  const action = /<form method="post" action="([^"]+)" data-auto-submit>/.exec(html)?.[1];
  if (!action) throw new Error(`no auto-submitting form in:\n${html}`);
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
    fields[match[1]!] = match[2]!;
  return { action: action.replace(/&amp;/g, "&"), fields };
}
