// A teacher syncs an LMS-linked class from the platform's roster (NRPS): learners become
// students of the class (the same linked users a launch makes), names follow the roster, and a
// student the roster no longer lists as active is marked inactive, never removed: their work
// stays, and so do they in the results.
import { type Queryable, withTransaction } from "../../core/database.js";
import { badUserInput, conflict } from "../../core/errors.js";
import {
  addToClass,
  type ClassesDeps,
  ownClass,
  setStudentInactive,
  studentsOfClass,
} from "../classes/classes.service.js";
import { createLinkedUser, refreshRosterName, userById } from "../users/linked-users.service.js";
import * as links from "./links.sql.js";
import { fetchRoster, RosterFetchError, type RosterMember } from "./nrps-client.js";
import { platformById } from "./platforms.service.js";
import * as sql from "./roster.sql.js";
import { ServiceTokenError } from "./service-token.js";

export type { RosterLink } from "./roster.sql.js";

/** What a sync changed: the names of the students in each group. */
export interface RosterChanges {
  added: string[];
  updated: string[];
  markedInactive: string[];
  reactivated: string[];
}

/** The class's link to a platform course (the one with a roster URL first), or undefined. */
export async function rosterLinkOf(
  db: Queryable,
  classId: string,
): Promise<sql.RosterLink | undefined> {
  return (await sql.selectRosterLinks(db, [classId]))[0];
}

/** Syncs the teacher's class from its course's roster; returns what changed. */
export async function syncClassRoster(
  deps: ClassesDeps,
  classId: string,
): Promise<{ classId: string; changes: RosterChanges }> {
  const classRow = await ownClass(deps, classId);
  const link = await rosterLinkOf(deps.db, classRow.id);
  if (!link?.membershipsUrl)
    throw badUserInput(
      link
        ? "The LMS has not offered this course's roster (Names and Role Provisioning) in its launches. Turn the service on for the tool in the LMS, then open the course from it once."
        : "This class is not linked to an LMS course.",
      "classId",
    );
  const place = { issuer: link.issuer, deploymentId: link.deploymentId };
  const platformId = await sql.selectPlatformIdOfDeployment(deps.db, place);
  const platform = platformId ? await platformById(deps.db, platformId) : undefined;
  if (!platform)
    throw conflict(`The LMS ${link.issuer} of this class is no longer registered on this server.`);
  let members: RosterMember[];
  try {
    members = await fetchRoster(deps.db, platform, link.membershipsUrl);
  } catch (error) {
    if (error instanceof RosterFetchError || error instanceof ServiceTokenError)
      throw conflict(`The LMS did not give the roster: ${error.message}.`);
    throw error;
  }
  const changes = await withTransaction(deps.db, (db) =>
    applyRoster(db, classRow.id, link, members),
  );
  deps.loaders.classes.studentsByClass.clear(classRow.id);
  return { classId: classRow.id, changes };
}

/** Applies a roster to a class in the caller's transaction. */
async function applyRoster(
  db: Queryable,
  classId: string,
  link: sql.RosterLink,
  members: RosterMember[],
): Promise<RosterChanges> {
  const { issuer } = link;
  await links.lockLaunchKey(db, `${issuer}\n${link.deploymentId}\n${link.contextId}`);
  const changes: RosterChanges = { added: [], updated: [], markedInactive: [], reactivated: [] };
  const before = await studentsOfClass(db, classId);
  const inClass = new Map(before.map((student) => [student.id, student]));
  const activeIds = new Set<string>();
  const learners = new Map<string, RosterMember>();
  for (const member of members) if (member.role === "STUDENT") learners.set(member.userId, member);

  for (const member of learners.values()) {
    if (member.status !== "Active") continue;
    const userId = await links.selectLinkedUser(db, issuer, member.userId);
    let user = userId ? await userById(db, userId) : undefined;
    if (user && user.role !== "STUDENT") continue;
    if (!user) {
      user = await createLinkedUser(db, "STUDENT", member.name ?? "", "Student");
      await links.insertLinkedUser(db, issuer, member.userId, user.id);
    } else if (member.name && (await refreshRosterName(db, user.id, member.name))) {
      user = (await userById(db, user.id))!;
      if (inClass.has(user.id)) changes.updated.push(user.displayName);
    }
    activeIds.add(user.id);
    const current = inClass.get(user.id);
    if (!current) {
      await addToClass(db, classId, user.id);
      changes.added.push(user.displayName);
    } else if (current.inactive && (await setStudentInactive(db, classId, user.id, false))) {
      changes.reactivated.push(user.displayName);
    }
  }

  // Students linked to this platform whom the roster no longer lists as active learners.
  const subs = await sql.selectSubsOfUsers(db, issuer, [...inClass.keys()]);
  for (const student of before) {
    if (activeIds.has(student.id) || !subs.has(student.id) || student.inactive) continue;
    if (await setStudentInactive(db, classId, student.id, true))
      changes.markedInactive.push(student.label ?? student.displayName);
  }
  await sql.updateRosterSynced(db, link, link.contextId);
  return changes;
}
