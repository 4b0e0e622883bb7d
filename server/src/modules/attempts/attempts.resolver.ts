import {
  Arg,
  Ctx,
  Extensions,
  FieldResolver,
  Float,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { decodeId } from "../../core/ids.js";
import { Assignment, toAssignment } from "../assignments/assignments.types.js";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import { labelledName } from "../classes/classes.service.js";
import { attemptSubject } from "../classes/relations.js";
import { Lesson, toLesson } from "../lessons/lessons.types.js";
import type { UserLoaders } from "../users/users.loaders.js";
import { canSeeSignInCode } from "../users/users.policy.js";
import { toUser, User } from "../users/users.types.js";
import { AnswerInput } from "./attempts.inputs.js";
import { canSeeAttempt, canSeeScore } from "./attempts.policy.js";
import {
  type AttemptsDeps,
  attemptsOfViewer,
  startAttempt,
  submitAttempt,
} from "./attempts.service.js";
import { Attempt, AttemptStatus, Response, toAttempt, toResponse } from "./attempts.types.js";
import { attemptScore, attemptScoreSoFar, type ScoreSoFar } from "./response-score.js";
import { saveAnswer } from "./responses.service.js";
import { startScratchAttempt } from "./scratch.service.js";
import { triesLockForSubmit } from "./tries.service.js";

/** What the attempt resolvers need from the request. */
export interface AttemptsContext extends AttemptsDeps {
  loaders: AttemptsDeps["loaders"] & { users: UserLoaders; classes: ClassLoaders };
}

const relationTo = (attempt: Attempt, { loaders }: AttemptsContext) =>
  loaders.relations.load(attemptSubject(attempt.row));

/** One part of the score so far, for whoever may see the score; null before submitting. */
async function scoreSoFar(
  attempt: Attempt,
  context: AttemptsContext,
  part: keyof ScoreSoFar,
): Promise<number | null> {
  if (!canSeeScore(await relationTo(attempt, context), attempt.row, new Date())) return null;
  const [items, responses] = await Promise.all([
    context.loaders.lessons.itemsByLesson.load(attempt.row.lessonId),
    context.loaders.attempts.responsesByAttempt.load(attempt.row.id),
  ]);
  return attemptScoreSoFar(attempt.row.status === "SUBMITTED", items, responses)?.[part] ?? null;
}

@Resolver(() => Attempt)
export class AttemptResolver {
  @Query(() => Attempt, { nullable: true })
  @Extensions({ policy: "attempts.canSeeAttempt" })
  async attempt(
    @Arg("id", () => ID) id: string,
    @Ctx() context: AttemptsContext,
  ): Promise<Attempt | null> {
    const key = decodeId("Attempt", id);
    const row = key ? await context.loaders.attempts.attemptById.load(key) : null;
    return row && canSeeAttempt(await context.loaders.relations.load(attemptSubject(row)))
      ? toAttempt(row)
      : null;
  }

  @Query(() => [Attempt], { description: "The viewer's own attempts, newest first." })
  @Extensions({ policy: "attempts.canSeeAttempt" })
  async myAttempts(
    @Ctx() context: AttemptsContext,
    @Arg("lessonSlug", () => String, {
      nullable: true,
      description: "Only the attempts at the lesson of this slug.",
    })
    lessonSlug?: string | null,
    @Arg("status", () => AttemptStatus, {
      nullable: true,
      description: "Only the attempts in this status.",
    })
    status?: AttemptStatus | null,
  ): Promise<Attempt[]> {
    return (await attemptsOfViewer(context, { lessonSlug, status })).map(toAttempt);
  }

  @Extensions({ policy: "attempts.canStartAssignment" })
  @Mutation(() => Attempt, {
    description:
      "Returns the student's open attempt for that lesson (and assignment) if one exists, so a retry resumes it. An assignment has one attempt per student: once submitted, it is returned as it is. Practice may start a new attempt after a submitted one.",
  })
  async startAttempt(
    @Arg("lessonSlug", () => String) lessonSlug: string,
    @Arg("assignmentId", () => ID, { nullable: true }) assignmentId: string | null,
    @Ctx() context: AttemptsContext,
  ): Promise<Attempt> {
    return toAttempt(await startAttempt(context, lessonSlug, assignmentId ?? null));
  }

  @Extensions({ policy: "attempts.canStartScratchAttempt" })
  @Mutation(() => Attempt, {
    description:
      "Teacher only: \"Try as a student\". The teacher's scratch attempt at a lesson — the player, saving, grading and feedback of practice, but it never counts: in no class's results, statistics or CSV, and seen by that teacher alone. Returns the latest one; with fresh (or when there is none) replaces the earlier ones with a new one.",
  })
  async startScratchAttempt(
    @Arg("lessonSlug", () => String) lessonSlug: string,
    @Arg("fresh", () => Boolean, { nullable: true, defaultValue: false }) fresh: boolean | null,
    @Ctx() context: AttemptsContext,
  ): Promise<Attempt> {
    return toAttempt(await startScratchAttempt(context, lessonSlug, fresh ?? false));
  }

  @Extensions({ policy: "attempts.canChangeAttempt" })
  @Mutation(() => Response, {
    description:
      "Autosave: idempotent for the same (attemptId, itemId, revision); a lower revision than stored is ignored and the stored response returned. In tries mode (IMMEDIATE) a save is a draft: it shows no feedback until checkResponse, and a locked item's saves are CONFLICT.",
  })
  async saveResponse(
    @Arg("attemptId", () => ID) attemptId: string,
    @Arg("itemId", () => ID) itemId: string,
    @Arg("answer", () => AnswerInput) answer: AnswerInput,
    @Arg("revision", () => Int) revision: number,
    @Ctx() context: AttemptsContext,
  ): Promise<Response> {
    return toResponse(await saveAnswer(context, { attemptId, itemId, answer, revision }));
  }

  @Extensions({ policy: "attempts.canChangeAttempt" })
  @Mutation(() => Attempt, {
    description: "Idempotent: submitting a submitted attempt returns it unchanged.",
  })
  async submitAttempt(
    @Arg("attemptId", () => ID) attemptId: string,
    @Ctx() context: AttemptsContext,
  ): Promise<Attempt> {
    const lockTries = await triesLockForSubmit(context, attemptId);
    const row = await submitAttempt(context, attemptId, lockTries ?? undefined);
    // Fields read after this (feedback, score) must see the submitted attempt, not the one loaded before.
    context.loaders.attempts.attemptById.clear(row.id).prime(row.id, row);
    return toAttempt(row);
  }

  @FieldResolver(() => Lesson)
  async lesson(@Root() attempt: Attempt, @Ctx() { loaders }: AttemptsContext): Promise<Lesson> {
    return toLesson((await loaders.lessons.lessonById.load(attempt.row.lessonId))!);
  }

  @FieldResolver(() => Assignment, { nullable: true })
  async assignment(
    @Root() attempt: Attempt,
    @Ctx() { loaders }: AttemptsContext,
  ): Promise<Assignment | null> {
    if (!attempt.row.assignmentId) return null;
    const row = await loaders.assignments.assignmentById.load(attempt.row.assignmentId);
    return row ? toAssignment(row) : null;
  }

  @Extensions({ policy: "attempts.canSeeAttempt" })
  @FieldResolver(() => User)
  async student(@Root() attempt: Attempt, @Ctx() context: AttemptsContext): Promise<User> {
    const row = (await context.loaders.users.userById.load(attempt.row.studentId))!;
    const teacher = (await relationTo(attempt, context)) === "teacher";
    // The class's teacher knows the student by their label in that class.
    const listed =
      teacher && attempt.row.classId
        ? (await context.loaders.classes.studentsByClass.load(attempt.row.classId)).find(
            (student) => student.id === row.id,
          )
        : undefined;
    return toUser(
      listed ? { ...row, displayName: labelledName(listed) } : row,
      canSeeSignInCode(context.viewer, row, teacher),
    );
  }

  @Extensions({ policy: "attempts.canSeeAttempt" })
  @FieldResolver(() => [Response])
  async responses(
    @Root() attempt: Attempt,
    @Ctx() { loaders }: AttemptsContext,
  ): Promise<Response[]> {
    return (await loaders.attempts.responsesByAttempt.load(attempt.row.id)).map(toResponse);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Null until every response is scored, or while the feedback timing hides scores.",
  })
  @Extensions({ policy: "attempts.canSeeScore" })
  async score(@Root() attempt: Attempt, @Ctx() context: AttemptsContext): Promise<number | null> {
    if (!canSeeScore(await relationTo(attempt, context), attempt.row, new Date())) return null;
    const [items, responses] = await Promise.all([
      context.loaders.lessons.itemsByLesson.load(attempt.row.lessonId),
      context.loaders.attempts.responsesByAttempt.load(attempt.row.id),
    ]);
    return attemptScore(
      attempt.row.status === "SUBMITTED",
      items.map((item) => item.itemId),
      responses,
    );
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The points scored so far, automatically or by the teacher (items left unanswered count 0), rounded to 2 decimals; unlike score it does not wait for review. Null before submitting, or while the feedback timing hides scores.",
  })
  @Extensions({ policy: "attempts.canSeeScore" })
  async autoScore(
    @Root() attempt: Attempt,
    @Ctx() context: AttemptsContext,
  ): Promise<number | null> {
    return scoreSoFar(attempt, context, "autoScore");
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The points of the items already scored: what autoScore is out of. Null when autoScore is.",
  })
  @Extensions({ policy: "attempts.canSeeScore" })
  async autoMaxScore(
    @Root() attempt: Attempt,
    @Ctx() context: AttemptsContext,
  ): Promise<number | null> {
    return scoreSoFar(attempt, context, "autoMaxScore");
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The points of the items awaiting the teacher's review (autoMaxScore + pendingReviewPoints = maxScore). Null when autoScore is.",
  })
  @Extensions({ policy: "attempts.canSeeScore" })
  async pendingReviewPoints(
    @Root() attempt: Attempt,
    @Ctx() context: AttemptsContext,
  ): Promise<number | null> {
    return scoreSoFar(attempt, context, "pendingReviewPoints");
  }

  @FieldResolver(() => Float)
  async maxScore(@Root() attempt: Attempt, @Ctx() { loaders }: AttemptsContext): Promise<number> {
    const items = await loaders.lessons.itemsByLesson.load(attempt.row.lessonId);
    return items.reduce((sum, item) => sum + item.points, 0);
  }
}
