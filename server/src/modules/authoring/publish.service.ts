// Publishing a teacher's set as an immutable version (a one-step lesson of ordinary content
// rows), reading its state for its owner, and assigning it like any lesson.
import { GraphQLError } from "graphql";
import { stringify } from "yaml";
import { withTransaction } from "../../core/database.js";
import { badUserInput, conflict } from "../../core/errors.js";
import { materialiseAuthoredVersion } from "../../content/lessons/authored-sync.js";
import type { DraftCheck } from "../../content/lessons/check-draft.js";
import {
  assignLesson,
  type FeedbackTimingValue,
  moveAssignmentsToLesson,
} from "../assignments/assignments.service.js";
import type { AssignmentRow } from "../assignments/assignments.loaders.js";
import { type AuthoringDeps, ownSet } from "./authoring.service.js";
import * as sql from "./authoring.sql.js";
import { QuestionSetStatus, versionSlug } from "./authoring.types.js";
import { checkDraft } from "./draft-check.js";

/** JSON with keys sorted, so a draft and a stored version compare whatever the key order. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export interface AuthoringState {
  row: sql.AuthoredSetRow;
  check: DraftCheck;
  versions: sql.VersionRow[];
  status: QuestionSetStatus;
  changedSincePublished: boolean;
  yaml: string;
}

/** BAD_USER_INPUT naming the draft's problems by field (extensions.problems). */
export function draftProblems(check: DraftCheck, done: string): GraphQLError {
  return new GraphQLError(
    `The set has ${check.problems.length} problem(s) to fix before it is ${done}.`,
    {
      extensions: {
        code: "BAD_USER_INPUT",
        field: check.problems[0]?.path ?? "content",
        problems: check.problems,
      },
    },
  );
}

/** Everything its owner sees of a set: the draft's problems, versions, status, the YAML file. */
export async function authoringState(
  deps: AuthoringDeps,
  row: sql.AuthoredSetRow,
): Promise<AuthoringState> {
  const [check, versions] = await Promise.all([
    checkDraft(deps.loaders, row.draft),
    deps.loaders.authoring.versionsBySet.load(row.id),
  ]);
  const latest = versions.at(-1);
  return {
    row,
    check,
    versions,
    status: row.archived
      ? QuestionSetStatus.ARCHIVED
      : latest
        ? QuestionSetStatus.PUBLISHED
        : QuestionSetStatus.DRAFT,
    changedSincePublished:
      !latest || canonical(check.data ?? row.draft) !== canonical(latest.content),
    yaml: exportYaml(row.draft),
  };
}

/** The draft as a lessons/question-sets/ file: the fields in the files' order. */
export function exportYaml(draft: Record<string, unknown>): string {
  const { slug, title, document, questions, ...rest } = draft;
  return stringify({ slug, title, document, ...rest, questions }, { lineWidth: 0 });
}

/**
 * Publishes the draft as the next immutable version, if it has no problems. With
 * `moveOpenAssignments`, assignments of earlier versions (in classes not archived) move to it:
 * students who have started keep the version they began, the others get the new one.
 */
export async function publishSet(
  deps: AuthoringDeps,
  id: string,
  moveOpenAssignments: boolean,
): Promise<sql.AuthoredSetRow> {
  const row = await ownSet(deps, id);
  if (row.archived) throw conflict("This question set is archived: copy it to publish it.");
  const state = await authoringState(deps, row);
  if (state.check.problems.length > 0 || !state.check.set)
    throw draftProblems(state.check, "published");
  if (!state.changedSincePublished) return row;
  const set = state.check.set;
  const data = state.check.data!;
  await withTransaction(deps.db, async (tx) => {
    const locked = await sql.lockSet(tx, row.id);
    if (!locked || locked.revision !== row.revision)
      throw conflict("The set was saved while it was being published: publish again.");
    const earlier = await sql.selectVersionsBySetIds(tx, [row.id]);
    const number = (earlier.at(-1)?.number ?? 0) + 1;
    const { lessonId, questionSetId } = await materialiseAuthoredVersion(tx, {
      slug: versionSlug(row, number),
      ownerId: row.ownerId,
      documentId: row.documentId,
      title: row.title,
      set,
    });
    await sql.insertVersion(tx, { setId: row.id, number, lessonId, questionSetId, content: data });
    if (moveOpenAssignments && earlier.length > 0)
      await moveAssignmentsToLesson(
        tx,
        deps.viewer!.id,
        earlier.map((version) => ({
          lessonId: version.lessonId,
          slug: versionSlug(row, version.number),
        })),
        { lessonId, slug: versionSlug(row, number) },
      );
  });
  deps.loaders.authoring.versionsBySet.clear(row.id);
  return row;
}

/** Assigns the set's latest version to the teacher's class, exactly as assignLesson does. */
export async function assignSet(
  deps: AuthoringDeps,
  args: {
    classId: string;
    questionSetId: string;
    dueAt: Date | null;
    feedback: FeedbackTimingValue | null;
  },
): Promise<AssignmentRow> {
  const row = await ownSet(deps, args.questionSetId);
  if (row.archived) throw conflict("This question set is archived: copy it to assign it.");
  const latest = (await deps.loaders.authoring.versionsBySet.load(row.id)).at(-1);
  if (!latest) throw badUserInput("Publish the question set before assigning it.", "questionSetId");
  return assignLesson(deps, {
    classId: args.classId,
    lessonSlug: versionSlug(row, latest.number),
    dueAt: args.dueAt,
    feedback: args.feedback,
  });
}
