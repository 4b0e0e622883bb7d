// A link whose launches name the course's line items container but no line item of their own
// (AGS 2.0 §3.2: the tool may make one) gets one: found by its resourceLinkId, else created, with
// the lesson's points as its maximum. Runs after the launch has committed; a failure only logs,
// and the next launch of the link tries again.
import type { Pool } from "../../core/database.js";
import { assignmentById } from "../assignments/assignments.service.js";
import { createAttemptLoaders } from "../attempts/attempts.loaders.js";
import { createLessonLoaders } from "../lessons/lessons.loaders.js";
import * as outbox from "./grade-outbox.sql.js";
import { platformById } from "./platforms.service.js";
import { SCOPES, serviceAccessToken } from "./service-token.js";

const LINEITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
const CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
const TIMEOUT_MS = 10_000;

type Link = { issuer: string; deploymentId: string; resourceLinkId: string };

async function call(url: string, token: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/** The link's own line item, found or made, once it is known to the link (with its work queued). */
export async function ensureLineItem(pool: Pool, link: Link): Promise<string | null> {
  const row = await outbox.selectLinkWithoutLineItem(pool, link);
  if (!row || !row.scopes.includes(SCOPES.lineItem)) return null;
  const platform = await platformById(pool, row.platformId);
  const assignment = await assignmentById(pool, row.assignmentId);
  if (!platform || !assignment) return null;
  const token = await serviceAccessToken(pool, platform, [SCOPES.lineItem]);

  const search = new URL(row.lineitems);
  search.searchParams.set("resource_link_id", link.resourceLinkId);
  const found = await call(search.href, token, { headers: { accept: CONTAINER_TYPE } });
  let id = Array.isArray(found)
    ? (found as Array<{ id?: unknown; resourceLinkId?: unknown }>).find(
        (item) => item.resourceLinkId === link.resourceLinkId && typeof item.id === "string",
      )?.id
    : undefined;
  if (typeof id !== "string") {
    const lessons = createLessonLoaders(pool);
    const [lesson, items] = await Promise.all([
      lessons.lessonById.load(assignment.lessonId),
      lessons.itemsByLesson.load(assignment.lessonId),
    ]);
    const created = (await call(row.lineitems, token, {
      method: "POST",
      headers: { "content-type": LINEITEM_TYPE, accept: LINEITEM_TYPE },
      body: JSON.stringify({
        scoreMaximum: Math.max(
          items.reduce((sum, item) => sum + item.points, 0),
          1,
        ),
        label: lesson?.title ?? "Lesson",
        resourceLinkId: link.resourceLinkId,
        tag: "grade",
      }),
    })) as { id?: unknown } | null;
    id = created?.id;
    if (typeof id !== "string" || !URL.canParse(id))
      throw new Error(`${row.lineitems} made a line item without an id`);
  }
  if (await outbox.setLinkLineItem(pool, link, id)) {
    const attempts = await createAttemptLoaders(pool).attemptsByAssignment.load(row.assignmentId);
    await outbox.enqueueScores(
      pool,
      attempts.map((a) => ({ assignmentId: row.assignmentId, studentId: a.studentId })),
    );
  }
  return id;
}
