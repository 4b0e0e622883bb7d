import type { PlatformSimulator } from "./lti-platform.js";

export const NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
export const MEMBERSHIPS_SCOPE =
  "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
const CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";

/** One member of a course's roster, as NRPS 2.0 lists it. */
export interface NrpsMember {
  user_id: string;
  roles: string[];
  status?: "Active" | "Inactive" | "Deleted";
  name?: string;
  given_name?: string;
  family_name?: string;
}

/**
 * A Names and Role Provisioning Services 2.0 endpoint on the simulator: one membership container
 * per course at /nrps/<context id>, `pageSize` members a page linked by `Link: rel="next"`. It
 * answers only a bearer token granted with the memberships scope and the container's media type.
 */
export function addNrps(platform: PlatformSimulator, pageSize = 2) {
  const rosters = new Map<string, NrpsMember[]>();
  const requests: Array<{ contextId: string; page: number; status: number }> = [];
  let failures = 0;
  const handle: Parameters<PlatformSimulator["route"]>[1] = (request, res) => {
    const contextId = decodeURIComponent(request.url.pathname.slice("/nrps/".length));
    const page = Number(request.url.searchParams.get("page") ?? "0");
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      requests.push({ contextId, page, status });
      res.writeHead(status, { "content-type": CONTAINER, ...headers });
      res.end(JSON.stringify(body));
    };
    if (failures > 0 && failures--) return answer(503, { error: "unavailable" });
    if (!platform.authorized(request, MEMBERSHIPS_SCOPE))
      return answer(401, { error: "invalid_token" });
    if (request.headers.accept !== CONTAINER) return answer(406, { error: "not acceptable" });
    const members = rosters.get(contextId);
    if (!members) return answer(404, { error: "no such context" });
    const slice = members.slice(page * pageSize, (page + 1) * pageSize);
    const more = (page + 1) * pageSize < members.length;
    const next = `${platform.issuer}/nrps/${encodeURIComponent(contextId)}?page=${page + 1}`;
    answer(
      200,
      { id: request.url.href, context: { id: contextId }, members: slice },
      more ? { link: `<${next}>; rel="next"` } : {},
    );
  };
  return {
    requests,
    /** The roster of a course (replacing it), and the claim its launches carry. */
    setRoster(contextId: string, members: NrpsMember[]) {
      rosters.set(contextId, members);
      platform.route(`/nrps/${encodeURIComponent(contextId)}`, handle);
    },
    /** The next `count` requests answer 503. */
    fail(count: number) {
      failures = count;
    },
    claim(contextId: string) {
      return {
        [NRPS_CLAIM]: {
          context_memberships_url: `${platform.issuer}/nrps/${encodeURIComponent(contextId)}`,
          service_versions: ["2.0"],
        },
      };
    },
  };
}
