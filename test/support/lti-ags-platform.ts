// The Assignment and Grade Services side of the platform simulator (test/support/lti-platform.ts):
// line items whose score publish service records what the tool posts, checks its bearer token
// and content type, and can fail on demand.
import type { Pool } from "../../server/src/core/database.js";
import { decodeId } from "../../server/src/core/ids.js";
import type { PlatformSimulator } from "./lti-platform.js";

export const AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
export const SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
export const LINEITEM_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
export const SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

/** A Score as the platform received it. */
export interface ReceivedScore {
  lineitem: string;
  userId: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  comment?: string;
  activityProgress: string;
  gradingProgress: string;
  timestamp: string;
}

/** Adds line items (at /lineitems/<id>) to a platform simulator; returns what they receive and the controls. */
export function addGradeService(platform: PlatformSimulator) {
  const state = {
    /** Scores taken (answered 200), in order. */
    scores: [] as ReceivedScore[],
    /** Every post, taken or refused, with the status it got. */
    posts: [] as Array<{ lineitem: string; status: number; body: string }>,
    failures: 0,
    down: false,
    delayMs: 0,
  };
  const lineitems = new Set<string>();
  /** Line items the tool made through the container (POST /lineitems). */
  const made: Array<{ id: string; body: Record<string, unknown> }> = [];

  platform.route("/lineitems", (request, res) => {
    const json = (status: number, body: unknown, type = "application/json") =>
      void res.writeHead(status, { "content-type": type }).end(JSON.stringify(body));
    if (!platform.authorized(request, LINEITEM_SCOPE)) return json(401, { error: "no token" });
    if (request.method === "GET") {
      const link = request.url.searchParams.get("resource_link_id");
      const items = made
        .filter((item) => !link || item.body.resourceLinkId === link)
        .map((item) => ({ ...item.body, id: item.id }));
      return json(200, items, "application/vnd.ims.lis.v2.lineitemcontainer+json");
    }
    if (request.headers["content-type"] !== "application/vnd.ims.lis.v2.lineitem+json")
      return json(415, { error: "content type" });
    const body = JSON.parse(request.body) as Record<string, unknown>;
    const id = service.lineitem(`made-${made.length + 1}`);
    made.push({ id, body });
    json(201, { ...body, id }, "application/vnd.ims.lis.v2.lineitem+json");
  });

  const service = {
    received: state,
    made,
    /** The endpoint claim of a link that names only the course's line items container. */
    containerClaim(scope: string[] = [SCORE_SCOPE, LINEITEM_SCOPE]) {
      return { [AGS_CLAIM]: { scope, lineitems: `${platform.issuer}/lineitems` } };
    },
    /** The endpoint claim of a launch from a link whose line item is `id`. */
    claim(id: string, scope: string[] = [SCORE_SCOPE, LINEITEM_SCOPE]) {
      return {
        [AGS_CLAIM]: {
          scope,
          lineitems: `${platform.issuer}/lineitems`,
          lineitem: service.lineitem(id),
        },
      };
    },
    /** The URL of line item `id` (its routes are added on first use). */
    lineitem(id: string) {
      const path = `/lineitems/${id}`;
      if (!lineitems.has(id)) {
        lineitems.add(id);
        platform.route(`${path}/scores`, async (request, res) => {
          if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
          const answer = (status: number, text = "") => {
            state.posts.push({ lineitem: id, status, body: request.body });
            res.writeHead(status, { "content-type": "application/json" }).end(text);
          };
          if (state.down) return answer(503, `{"error":"maintenance"}`);
          if (state.failures > 0) {
            state.failures--;
            return answer(500, `{"error":"gradebook unavailable"}`);
          }
          if (request.method !== "POST") return answer(405);
          if (!platform.authorized(request, SCORE_SCOPE))
            return answer(401, `{"error":"no token"}`);
          if (request.headers["content-type"] !== SCORE_TYPE) return answer(415);
          state.scores.push({
            lineitem: id,
            ...(JSON.parse(request.body) as object),
          } as ReceivedScore);
          answer(200, "{}");
        });
      }
      return `${platform.issuer}${path}`;
    },
    /** The next `count` posts get 500. */
    failScores(count: number) {
      state.failures = count;
    },
    /** Every post gets 503 until `setDown(false)`. */
    setDown(down: boolean) {
      state.down = down;
    },
    /** The scores one user received on one line item, in order. */
    scoresOf(id: string, userId: string) {
      return state.scores.filter((s) => s.lineitem === id && s.userId === userId);
    },
  };
  return service;
}

export type GradeService = ReturnType<typeof addGradeService>;

/**
 * Links an assignment to a registered-in-place platform and a line item that takes scores, as a
 * launch with the AGS endpoint claim would (for tests that build their world over GraphQL).
 */
export async function linkAssignmentForGrades(pool: Pool, assignmentId: string): Promise<void> {
  const id = decodeId("Assignment", assignmentId) ?? assignmentId;
  const issuer = `https://lms.example/${id}`;
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO lti_platforms (issuer, client_id, auth_login_url, token_url, jwks_url)
     VALUES ($1, 'c', $1 || '/auth', $1 || '/token', $1 || '/jwks') RETURNING id::text AS id`,
    [issuer],
  );
  await pool.query(
    `INSERT INTO lti_resource_links (issuer, deployment_id, resource_link_id, assignment_id,
       ags_platform_id, ags_lineitem, ags_scopes)
     VALUES ($1, 'd', 'link', $2, $3, $1 || '/lineitems/1', ARRAY[$4])`,
    [issuer, id, rows[0]!.id, SCORE_SCOPE],
  );
}
