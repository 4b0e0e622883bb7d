import {
  Arg,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Assignment, FeedbackTiming, toAssignment } from "../assignments/assignments.types.js";
import { QuestionSet } from "../lessons/lessons.types.js";
import { CreateQuestionSetInput, UpdateQuestionSetInput } from "./authoring.inputs.js";
import { canEditQuestionSet } from "./authoring.policy.js";
import {
  type AuthoringDeps,
  archiveSet,
  copySharedSet,
  createSet,
  duplicateSet,
  importSet,
  mySets,
  readableSet,
  shareSet,
  updateSet,
} from "./authoring.service.js";
import type { AuthoredSetRow } from "./authoring.sql.js";
import {
  AuthoringProblem,
  QuestionSetAuthoring,
  QuestionSetPreview,
  toAuthoredQuestionSet,
  toVersion,
} from "./authoring.types.js";
import { previewSet } from "./preview.service.js";
import { assignSet, authoringState, publishSet } from "./publish.service.js";

/** What the authoring resolvers need from the request. */
export type AuthoringContext = AuthoringDeps;

async function toSet(context: AuthoringContext, row: AuthoredSetRow) {
  // A mutation's row is newer than what the request's loader read before it.
  context.loaders.authoring.setById.clear(row.id).prime(row.id, row);
  const latest = (await context.loaders.authoring.versionsBySet.load(row.id)).at(-1) ?? null;
  return toAuthoredQuestionSet(row, latest);
}

const OWNER = { policy: "authoring.canEditQuestionSet" };

@Resolver(() => QuestionSet)
export class AuthoringResolver {
  @Query(() => [QuestionSet], {
    description:
      "Teacher: their own question sets (drafts, published, archived), latest change first.",
  })
  @Extensions(OWNER)
  async myQuestionSets(@Ctx() context: AuthoringContext): Promise<QuestionSet[]> {
    return Promise.all((await mySets(context)).map((row) => toSet(context, row)));
  }

  @Query(() => QuestionSet, {
    nullable: true,
    description:
      "Teacher: one of their own question sets by its id (a copy taken through a share link is the copier's own); null for anyone else's set and for anyone else.",
  })
  @Extensions(OWNER)
  async myQuestionSet(
    @Arg("id", () => ID) id: string,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet | null> {
    const row = await readableSet(context, id);
    return row ? toSet(context, row) : null;
  }

  @FieldResolver(() => QuestionSetAuthoring, {
    nullable: true,
    description:
      "A teacher's own set as its owner edits it (draft with keys, problems, versions); null for built-in sets and for anyone else.",
  })
  @Extensions(OWNER)
  async authoring(
    @Root() set: QuestionSet & { authoredId?: string },
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSetAuthoring | null> {
    if (!set.authoredId) return null;
    const row = await context.loaders.authoring.setById.load(set.authoredId);
    if (!row || !canEditQuestionSet(context.viewer, row)) return null;
    const state = await authoringState(context, row);
    return Object.assign(new QuestionSetAuthoring(), {
      version: row.revision,
      status: state.status,
      draft: row.draft,
      problems: state.check.problems.map((p) => Object.assign(new AuthoringProblem(), p)),
      publishable: state.check.problems.length === 0,
      changedSincePublished: state.changedSincePublished,
      versions: state.versions.map((v) => toVersion(v, row.stem)),
      copiedFrom: row.copiedFrom,
      shareCode: row.shareCode,
      yaml: state.yaml,
      updatedAt: row.updatedAt,
    });
  }

  @Mutation(() => QuestionSet, { description: "Teacher: an empty set on a document." })
  @Extensions({ policy: "users.requireTeacher" })
  async createQuestionSet(
    @Arg("input", () => CreateQuestionSetInput) input: CreateQuestionSetInput,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await createSet(context, input));
  }

  @Mutation(() => QuestionSet, {
    description:
      "Teacher: a copy to adapt (keys, feedback, misconception tags and evidence come along) of a built-in set, one of their own, or a version of one of their own.",
  })
  @Extensions({ policy: "authoring.canCopyBuiltInSet" })
  async duplicateQuestionSet(
    @Arg("id", () => ID) id: string,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await duplicateSet(context, id));
  }

  @Mutation(() => QuestionSet, {
    description:
      "Owner: saves the draft (problems and all). A save from an older version is refused with CONFLICT, extensions.currentVersion and the current draft.",
  })
  @Extensions(OWNER)
  async updateQuestionSet(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateQuestionSetInput) input: UpdateQuestionSetInput,
    @Arg("expectedVersion", () => Int) expectedVersion: number,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await updateSet(context, id, input, expectedVersion));
  }

  @Mutation(() => QuestionSet, {
    description:
      "Owner: publishes the draft as a new immutable version (BAD_USER_INPUT with extensions.problems while it has problems). moveOpenAssignments: open assignments of earlier versions move to it; students who started keep theirs.",
  })
  @Extensions(OWNER)
  async publishQuestionSet(
    @Arg("id", () => ID) id: string,
    @Arg("moveOpenAssignments", () => Boolean, { defaultValue: false })
    moveOpenAssignments: boolean,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await publishSet(context, id, moveOpenAssignments));
  }

  @Mutation(() => QuestionSetPreview, {
    description:
      "Owner: compiles the current draft (unpublished) into a private preview lesson to try as a student, with feedback; remade whenever the draft changed. BAD_USER_INPUT with extensions.problems when the draft does not compile.",
  })
  @Extensions(OWNER)
  async previewQuestionSet(
    @Arg("id", () => ID) id: string,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSetPreview> {
    return Object.assign(new QuestionSetPreview(), await previewSet(context, id));
  }

  @Mutation(() => QuestionSet, { description: "Owner: no more edits or assignments; work stays." })
  @Extensions(OWNER)
  async archiveQuestionSet(
    @Arg("id", () => ID) id: string,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await archiveSet(context, id));
  }

  @Mutation(() => QuestionSet, {
    description: "Owner: makes the set's share code (QuestionSetAuthoring.shareCode), once.",
  })
  @Extensions(OWNER)
  async shareQuestionSet(
    @Arg("id", () => ID) id: string,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await shareSet(context, id));
  }

  @Mutation(() => QuestionSet, {
    description:
      "Teacher: a copy of their own of the set a share link names (its latest version); never the set itself.",
  })
  @Extensions({ policy: "authoring.canCopySharedSet" })
  async copySharedQuestionSet(
    @Arg("shareCode", () => String) shareCode: string,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await copySharedSet(context, shareCode));
  }

  @Mutation(() => QuestionSet, {
    description:
      "Teacher: a new set from a lessons/question-sets/ YAML file (QuestionSetAuthoring.yaml).",
  })
  @Extensions({ policy: "users.requireTeacher" })
  async importQuestionSet(
    @Arg("yaml", () => String) yaml: string,
    @Ctx() context: AuthoringContext,
  ): Promise<QuestionSet> {
    return toSet(context, await importSet(context, yaml));
  }

  @Mutation(() => Assignment, {
    description:
      "Owner and the class's teacher: assigns the set's latest version as a one-step lesson, as assignLesson does. Feedback defaults to ON_SUBMIT.",
  })
  @Extensions({ policy: "classes.canManageClass" })
  async assignQuestionSet(
    @Arg("classId", () => ID) classId: string,
    @Arg("questionSetId", () => ID) questionSetId: string,
    @Arg("dueAt", () => Date, { nullable: true }) dueAt: Date | null,
    @Arg("feedback", () => FeedbackTiming, { nullable: true }) feedback: FeedbackTiming | null,
    @Ctx() context: AuthoringContext,
  ): Promise<Assignment> {
    return toAssignment(
      await assignSet(context, {
        classId,
        questionSetId,
        dueAt: dueAt ?? null,
        feedback: feedback ?? null,
      }),
    );
  }
}
