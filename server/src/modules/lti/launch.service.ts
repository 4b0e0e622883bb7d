import type { Pool, Queryable } from "../../core/database.js";
import { withTransaction } from "../../core/database.js";
import { encodeId } from "../../core/ids.js";
import { assignLinkedLesson, assignmentById } from "../assignments/assignments.service.js";
import {
  addToClass,
  classById,
  classIdsOfStudent,
  setStudentInactive,
} from "../classes/classes.service.js";
import { createLessonLoaders } from "../lessons/lessons.loaders.js";
import { createLinkedUser, refreshLinkedName, userById } from "../users/linked-users.service.js";
import { startSession } from "../users/sessions.service.js";
import type { UserRow } from "../users/users.loaders.js";
import { ensureLineItem } from "./ags-lineitems.js";
import { teachersCourseClass } from "./course-class.js";
import { isDeepLinkingRequest, readDeepLinkClaims } from "./deep-link-claims.js";
import { beginDeepLink, bindDeepLinkedAssignment } from "./deep-link.service.js";
import { recordAgsEndpoint } from "./grade-sync.service.js";
import { verifyIdToken } from "./id-token.js";
import { type LaunchClaims, readLaunchClaims } from "./launch-claims.js";
import * as links from "./links.sql.js";
import { archivedClassLaunch, badLaunch, LtiPageError, untrustedLaunch } from "./lti.errors.js";
import { hashState, isToolUrl } from "./login.service.js";
import * as logins from "./logins.sql.js";
import { platformById } from "./platforms.service.js";
import { rememberMembershipsUrl } from "./roster.sql.js";

type KeySets = Parameters<typeof verifyIdToken>[2];

/**
 * A launch that signed someone in: the new session's token and where to send them. A framed
 * deep-linking launch opens no session (token null): its picker answers to its own token.
 */
export interface LaunchResult {
  token: string | null;
  role: "TEACHER" | "STUDENT";
  redirectTo: string;
}

const notSetUp = (what: string) =>
  new LtiPageError(
    200,
    "Not set up yet",
    `Your teacher has not opened this ${what} yet. Try again after they have opened it once from the course.`,
  );

/**
 * Completes a launch (the platform's form post of id_token and state): the state is used up
 * first, then the token is verified and its claims read; only then, in one transaction, are
 * the user, class, enrolment, assignment and session created or reused. Every refusal throws
 * an LtiPageError before anything is created.
 */
export async function completeLaunch(
  pool: Pool,
  form: { state?: unknown; id_token?: unknown },
  toolOrigin: string,
  keySets: KeySets,
  options: { framed?: boolean } = {},
): Promise<LaunchResult> {
  if (typeof form.state !== "string" || typeof form.id_token !== "string")
    throw badLaunch("A launch needs the platform's id_token and state.");
  const login = await logins.consumeLogin(pool, hashState(form.state));
  if (!login)
    throw untrustedLaunch(
      "This launch's state is unknown, expired or already used. Open the link from your course again.",
    );
  const platform = await platformById(pool, login.platformId);
  if (!platform) throw untrustedLaunch("The platform of this launch is no longer registered.");
  const payload = await verifyIdToken(form.id_token, platform, keySets);
  if (payload.nonce !== login.nonce)
    throw untrustedLaunch("The id_token's nonce is not the one this login sent.");
  // A deep-linking request (Deep Linking 2.0) passes the same checks, then opens the picker.
  const deepLink = isDeepLinkingRequest(payload) ? readDeepLinkClaims(payload) : null;
  const claims = deepLink ?? readLaunchClaims(payload);
  if (!platform.deploymentIds.includes(claims.deploymentId))
    throw untrustedLaunch(
      `Deployment ${claims.deploymentId} of ${platform.issuer} is not registered on this server.`,
    );
  if (!isToolUrl(claims.targetLinkUri, toolOrigin))
    throw badLaunch(`The launch's target ${claims.targetLinkUri} is not on this server.`);
  // LTI Core 1.3: the claim carries the same target_link_uri its login sent.
  if (claims.targetLinkUri !== login.targetLinkUri)
    throw badLaunch(
      `The launch's target ${claims.targetLinkUri} is not the one its login named (${login.targetLinkUri}).`,
    );
  if (
    !(await logins.insertNonce(pool, platform.issuer, login.nonce, new Date(payload.exp! * 1000)))
  )
    throw untrustedLaunch("This id_token has been used before.");
  if (deepLink)
    return withTransaction(pool, (client) =>
      beginDeepLink(client, platform, deepLink, linkedUser, options.framed),
    );
  const launch = claims as LaunchClaims;
  const link = { ...launch, issuer: platform.issuer, platformId: platform.id };
  const { result, needsLineItem } = await withTransaction(pool, async (client) => ({
    result: await signInFromLaunch(client, platform.issuer, launch),
    ...(await recordAgsEndpoint(client, link, payload)),
  }));
  if (needsLineItem)
    void ensureLineItem(pool, link).catch((error: Error) =>
      console.error(`LTI line item for ${launch.resourceLinkId}: ${error.message}`),
    );
  return result;
}

async function signInFromLaunch(
  db: Queryable,
  issuer: string,
  claims: LaunchClaims,
): Promise<LaunchResult> {
  const place = { issuer, deploymentId: claims.deploymentId };
  await links.lockLaunchKey(db, `${issuer}\n${claims.sub}`);
  await links.lockLaunchKey(db, `${issuer}\n${claims.deploymentId}\n${claims.context.id}`);
  const classId = await links.selectLinkedClass(db, place, claims.context.id);
  let assignmentId = await links.selectLinkedAssignment(db, place, claims.resourceLinkId);
  assignmentId ??= await bindDeepLinkedAssignment(db, place, claims, classId);
  if (claims.role === "STUDENT") {
    if (!classId) throw notSetUp("course");
    if (!assignmentId) throw notSetUp("lesson");
    const student = await linkedUser(db, issuer, claims);
    // An archived class's students still read their work there; nobody new joins it.
    if ((await classById(db, classId))?.archivedAt) {
      if (!(await classIdsOfStudent(db, student.id)).includes(classId)) throw archivedClassLaunch();
    } else {
      await addToClass(db, classId, student.id);
      // A learner launching from the course is in it: a roster sync's inactive mark is lifted.
      await setStudentInactive(db, classId, student.id, false);
    }
    await rememberMembershipsUrl(db, place, claims);
    return signedIn(db, student, `/assignments/${encodeId("Assignment", assignmentId)}`);
  }
  const lessonId = assignmentId ? null : await lessonOf(db, claims);
  const teacher = await linkedUser(db, issuer, claims);
  const classRow = await teachersCourseClass(
    db,
    place,
    claims.context,
    classId,
    teacher.id,
    "Ask them to share the results with you.",
  );
  await rememberMembershipsUrl(db, place, claims);
  if (!assignmentId && classRow.archivedAt) throw archivedClassLaunch();
  if (!assignmentId) {
    assignmentId = (await assignLinkedLesson(db, classRow.id, lessonId!)).id;
    await links.insertLinkedAssignment(db, place, claims.resourceLinkId, assignmentId);
  } else if ((await assignmentById(db, assignmentId))?.classId !== classRow.id) {
    throw badLaunch("This link's assignment belongs to another course here.");
  }
  return signedIn(db, teacher, `/teacher/assignments/${encodeId("Assignment", assignmentId)}`);
}

/** The lesson a teacher's first launch of a link assigns, or a 400 page naming the problem. */
async function lessonOf(db: Queryable, claims: LaunchClaims): Promise<string> {
  if (!claims.lessonSlug)
    throw badLaunch(
      "This link names no lesson: its target should be /lessons/<slug> on this server, or give it a custom parameter lesson=<slug>.",
    );
  const lesson = await createLessonLoaders(db).lessonBySlug.load(claims.lessonSlug);
  // A teacher's own set reaches a course through the picker (its link names the assignment).
  if (!lesson || lesson.authored)
    throw badLaunch(`There is no lesson "${claims.lessonSlug}" on this server.`);
  return lesson.id;
}

/** The user a platform's sub is linked to, created (with the link) on their first launch. */
async function linkedUser(
  db: Queryable,
  issuer: string,
  claims: Pick<LaunchClaims, "sub" | "role" | "name">,
): Promise<UserRow> {
  const userId = await links.selectLinkedUser(db, issuer, claims.sub);
  const fallback = claims.role === "TEACHER" ? "Teacher" : "Student";
  if (userId) {
    const user = await userById(db, userId);
    if (!user) throw badLaunch("This account no longer exists here.");
    if (user.role !== claims.role)
      throw badLaunch(
        `This account is a ${user.role.toLowerCase()} here and cannot open the course as a ${claims.role.toLowerCase()}.`,
      );
    // Each launch brings the platform's current name (renamed in the LMS since).
    return refreshLinkedName(db, user, claims.name, fallback);
  }
  const user = await createLinkedUser(db, claims.role, claims.name, fallback);
  await links.insertLinkedUser(db, issuer, claims.sub, user.id);
  return user;
}

async function signedIn(db: Queryable, user: UserRow, redirectTo: string): Promise<LaunchResult> {
  return { token: await startSession(db, user.id), role: user.role, redirectTo };
}
