import { createHash, randomBytes } from "node:crypto";
import type { Pool, Queryable } from "../../core/database.js";
import { withTransaction } from "../../core/database.js";
import { decodeId, encodeId } from "../../core/ids.js";
import { assignLinkedLesson } from "../assignments/assignments.service.js";
import { classById } from "../classes/classes.service.js";
import { createLessonLoaders, type LessonRow } from "../lessons/lessons.loaders.js";
import { mayAssignLesson } from "../lessons/lessons.policy.js";
import { authoredLessonIdsOf } from "../authoring/authored-lessons.js";
import { startSession, viewerFromToken } from "../users/sessions.service.js";
import type { UserRow } from "../users/users.loaders.js";
import {
  type DeepLinkClaims,
  deepLinkResponseClaims,
  resourceLinkItem,
} from "./deep-link-claims.js";
import { type PickForm, PickProblem, readTiming } from "./deep-link-pick.js";
import { teachersCourseClass } from "./course-class.js";
import * as sql from "./deep-links.sql.js";
import * as links from "./links.sql.js";
import { LtiPageError } from "./lti.errors.js";
import { platformById, type PlatformRow } from "./platforms.service.js";
import { signToolJwt } from "./tool-keys.service.js";

/** How long a teacher has to pick a lesson after the platform's deep-linking request. */
export const DEEP_LINK_SECONDS = 30 * 60;
/** How long the signed response is good for: the browser posts it at once. */
const RESPONSE_SECONDS = 5 * 60;

/** The launch service's own user linking (find or create the platform user's account). */
export type LinkUser = (
  db: Queryable,
  issuer: string,
  who: { sub: string; role: "TEACHER" | "STUDENT"; name: string },
) => Promise<UserRow>;

const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/**
 * The teacher's side of a deep-linking launch, in the launch's transaction: their account and
 * the course's class (created or reused as a resource link launch does), a session, and the
 * request kept for that session only. The teacher is sent to the picker. A launch inside the
 * platform's frame (`framed`), where the browser keeps no cookie of the tool's, opens no session
 * (token null): its request is frame-bound, answered by the picker's token alone.
 */
export async function beginDeepLink(
  db: Queryable,
  platform: PlatformRow,
  claims: DeepLinkClaims,
  linkUser: LinkUser,
  framed = false,
): Promise<{ token: string | null; role: "TEACHER"; redirectTo: string }> {
  const place = { issuer: platform.issuer, deploymentId: claims.deploymentId };
  await links.lockLaunchKey(db, `${platform.issuer}\n${claims.sub}`);
  await links.lockLaunchKey(db, `${platform.issuer}\n${claims.deploymentId}\n${claims.context.id}`);
  const teacher = await linkUser(db, platform.issuer, claims);
  const classId = await links.selectLinkedClass(db, place, claims.context.id);
  const classRow = await teachersCourseClass(
    db,
    place,
    claims.context,
    classId,
    teacher.id,
    "Ask them to add the lesson.",
  );
  const token = framed ? null : await startSession(db, teacher.id);
  const session = token ? await viewerFromToken(db, token, DEEP_LINK_SECONDS) : null;
  const pickerToken = randomBytes(32).toString("base64url");
  await sql.insertDeepLink(
    db,
    hashToken(pickerToken),
    {
      sessionId: session?.sessionId ?? null,
      frameBound: framed,
      userId: teacher.id,
      classId: classRow.id,
      platformId: platform.id,
      deploymentId: claims.deploymentId,
      returnUrl: claims.settings.returnUrl,
      data: claims.settings.data,
      acceptLineItem: claims.settings.acceptLineItem,
      acceptWindow: claims.settings.acceptWindow,
    },
    DEEP_LINK_SECONDS,
  );
  return { token, role: "TEACHER", redirectTo: `/lti/deep-link/${pickerToken}` };
}

const gone = () =>
  new LtiPageError(
    401,
    "This lesson picker has closed",
    "This picker is unknown, expired, already used, or belongs to another sign-in. Choose “add” in your course again to open a new one.",
  );

/** A lesson the picker offers. */
export interface PickerLesson {
  slug: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  points: number;
}

export interface Picker {
  className: string;
  lessons: PickerLesson[];
}

/**
 * The open request under this picker token, or the 401 page: one this session holds, or a
 * frame-bound one (its token alone answers it; the frame has no cookie to show).
 */
async function openRequest(
  db: Queryable,
  pickerToken: string,
  sessionToken: string | null,
  idleSeconds: number,
  lock = false,
): Promise<sql.DeepLinkRow> {
  const viewer = await viewerFromToken(db, sessionToken, idleSeconds);
  const session = viewer?.role === "TEACHER" ? viewer : null;
  const request = await sql.selectOpenDeepLink(
    db,
    hashToken(pickerToken),
    session?.sessionId ?? null,
    lock,
  );
  if (!request) throw gone();
  if (!request.frameBound && request.userId !== session?.id) throw gone();
  return request;
}

/** What the picker shows: the course's class and the published lessons with their points. */
export async function openPicker(
  db: Queryable,
  pickerToken: string,
  sessionToken: string | null,
  idleSeconds: number,
): Promise<Picker> {
  const request = await openRequest(db, pickerToken, sessionToken, idleSeconds);
  const loaders = createLessonLoaders(db);
  const [classRow, course, ownIds] = await Promise.all([
    classById(db, request.classId),
    loaders.publishedLessons.load("all"),
    authoredLessonIdsOf(db, request.userId),
  ]);
  // The teacher's own published sets follow the course's lessons.
  const own = (await loaders.lessonById.loadMany(ownIds)).filter(
    (row): row is LessonRow => !!row && !(row instanceof Error),
  );
  const lessons = [...course, ...own];
  const items = await loaders.itemsByLesson.loadMany(lessons.map((lesson) => lesson.id));
  return {
    className: classRow?.name ?? "your course",
    lessons: lessons.map((lesson, index) => {
      const rows = items[index];
      return {
        slug: lesson.slug,
        title: lesson.title,
        summary: lesson.summary,
        estimatedMinutes: lesson.estimatedMinutes,
        points: rows instanceof Error ? 0 : sumPoints(rows.map((row) => row.points)),
      };
    }),
  };
}

const sumPoints = (points: number[]) =>
  Math.round(points.reduce((sum, p) => sum + Number(p), 0) * 100) / 100;

/**
 * The teacher's answer to the picker, in one transaction: the request is checked (this session,
 * unused, unexpired) and locked, the pick read, the assignment created for the class, the
 * request used up, and the response signed. A problem with the pick throws PickProblem and
 * leaves the request open; anything else is a 401 page. Nothing is created on either.
 */
export { PickProblem, type PickForm };

export async function answerDeepLink(
  pool: Pool,
  args: {
    pickerToken: string;
    sessionToken: string | null;
    idleSeconds: number;
    toolOrigin: string;
    form: PickForm;
  },
): Promise<{ returnUrl: string; jwt: string; added: string | null }> {
  return withTransaction(pool, async (db) => {
    const request = await openRequest(
      db,
      args.pickerToken,
      args.sessionToken,
      args.idleSeconds,
      true,
    );
    const platform = await platformById(db, request.platformId);
    if (!platform) throw gone();
    const items: Array<Record<string, unknown>> = [];
    let assignmentId: string | null = null;
    let added: string | null = null;
    if (!args.form.cancel) {
      const { lessonSlug, due, timezoneOffset, feedback } = args.form;
      const loaders = createLessonLoaders(db);
      const found = lessonSlug ? await loaders.lessonBySlug.load(lessonSlug) : null;
      const lesson = found && mayAssignLesson(request.userId, found) ? found : null;
      if (!lesson) throw new PickProblem("Choose a lesson to add.");
      if ((await classById(db, request.classId))?.archivedAt)
        throw new PickProblem("This course's class is archived here: nothing can be added to it.");
      const { dueAt, timing } = readTiming(due, timezoneOffset, feedback);
      const assignment = await assignLinkedLesson(db, request.classId, lesson.id, {
        dueAt,
        feedback: timing,
      });
      assignmentId = assignment.id;
      added = lesson.title;
      const points = sumPoints(
        (await loaders.itemsByLesson.load(lesson.id)).map((item) => item.points),
      );
      items.push(
        resourceLinkItem(
          {
            slug: lesson.slug,
            title: lesson.title,
            summary: lesson.summary,
            url: new URL(`/lessons/${lesson.slug}`, args.toolOrigin).href,
            assignmentId: encodeId("Assignment", assignment.id),
            dueAt,
            scoreMaximum: timing === "PRACTICE" ? null : points,
          },
          request,
        ),
      );
    }
    await sql.useDeepLink(db, hashToken(args.pickerToken), assignmentId);
    const jwt = await signToolJwt(
      db,
      deepLinkResponseClaims(
        request.deploymentId,
        items,
        request.data,
        randomBytes(16).toString("base64url"),
      ),
      { issuer: platform.clientId, audience: platform.issuer, expiresInSeconds: RESPONSE_SECONDS },
    );
    return { returnUrl: request.returnUrl, jwt, added };
  });
}

/**
 * The assignment a resource link launch binds to, from its custom parameter `assignment`: only
 * one a deep link of this very class created (a link copied to another course falls back to the
 * lesson). Links the resource link to it, in the launch's transaction.
 */
export async function bindDeepLinkedAssignment(
  db: Queryable,
  place: links.LaunchPlace,
  claims: { resourceLinkId: string; assignmentRef: string | null },
  classId: string | undefined,
): Promise<string | undefined> {
  if (!classId || !claims.assignmentRef) return undefined;
  const key = decodeId("Assignment", claims.assignmentRef);
  if (!key || !(await sql.isDeepLinkedAssignment(db, key, classId))) return undefined;
  await links.insertLinkedAssignment(db, place, claims.resourceLinkId, key);
  return key;
}
