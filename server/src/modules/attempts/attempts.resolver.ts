import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context.js";
import { decodeId, encodeId } from "../../core/ids.js";
import { Assignment, toAssignment } from "../assignments/assignments.types.js";
import { Lesson, toLesson } from "../lessons/lessons.types.js";
import { toUser, User } from "../users/users.types.js";
import { AnswerInput } from "./attempts.inputs.js";
import { relationToAttempt, saveAnswer, startAttempt, submitAttempt } from "./attempts.service.js";
import { selectAttemptsByStudent } from "./attempts.sql.js";
import { Attempt, Feedback, Response, toAnswer, toAttempt, toResponse } from "./attempts.types.js";
import { studentSeesFeedback } from "./feedback-visibility.js";
import { attemptScore, responseScore } from "./response-score.js";

@Resolver(() => Attempt)
export class AttemptResolver {
  @Query(() => Attempt, { nullable: true })
  async attempt(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Attempt | null> {
    const key = decodeId("Attempt", id);
    const row = key ? await context.loaders.attempts.attemptById.load(key) : null;
    return row && (await relationToAttempt(context, row)) ? toAttempt(row) : null;
  }

  @Query(() => [Attempt], { description: "The viewer's own attempts, newest first." })
  async myAttempts(@Ctx() { db, viewer }: Context): Promise<Attempt[]> {
    if (viewer?.role !== "STUDENT") return [];
    return (await selectAttemptsByStudent(db, viewer.id)).map(toAttempt);
  }

  @Mutation(() => Attempt, {
    description:
      "Returns the student's open attempt for that lesson (and assignment) if one exists, so a retry resumes it. An assignment has one attempt per student: once submitted, it is returned as it is. Practice may start a new attempt after a submitted one.",
  })
  async startAttempt(
    @Arg("lessonSlug", () => String) lessonSlug: string,
    @Arg("assignmentId", () => ID, { nullable: true }) assignmentId: string | null,
    @Ctx() context: Context,
  ): Promise<Attempt> {
    return toAttempt(await startAttempt(context, lessonSlug, assignmentId ?? null));
  }

  @Mutation(() => Response, {
    description: "Autosave: idempotent for the same (attemptId, itemId, revision); a lower revision than stored is ignored and the stored response returned.",
  })
  async saveResponse(
    @Arg("attemptId", () => ID) attemptId: string,
    @Arg("itemId", () => ID) itemId: string,
    @Arg("answer", () => AnswerInput) answer: AnswerInput,
    @Arg("revision", () => Int) revision: number,
    @Ctx() context: Context,
  ): Promise<Response> {
    return toResponse(await saveAnswer(context, { attemptId, itemId, answer, revision }));
  }

  @Mutation(() => Attempt, { description: "Idempotent: submitting a submitted attempt returns it unchanged." })
  async submitAttempt(@Arg("attemptId", () => ID) attemptId: string, @Ctx() context: Context): Promise<Attempt> {
    const row = await submitAttempt(context, attemptId);
    // Fields read after this (feedback, score) must see the submitted attempt, not the one loaded before.
    context.loaders.attempts.attemptById.clear(row.id).prime(row.id, row);
    return toAttempt(row);
  }

  @FieldResolver(() => Lesson)
  async lesson(@Root() attempt: Attempt, @Ctx() { loaders }: Context): Promise<Lesson> {
    return toLesson((await loaders.content.lessonById.load(attempt.row.lessonId))!);
  }

  @FieldResolver(() => Assignment, { nullable: true })
  async assignment(@Root() attempt: Attempt, @Ctx() { loaders }: Context): Promise<Assignment | null> {
    if (!attempt.row.assignmentId) return null;
    const row = await loaders.classes.assignmentById.load(attempt.row.assignmentId);
    return row ? toAssignment(row) : null;
  }

  @FieldResolver(() => User)
  async student(@Root() attempt: Attempt, @Ctx() context: Context): Promise<User> {
    const row = (await context.loaders.attempts.userById.load(attempt.row.studentId))!;
    return toUser(row, (await relationToAttempt(context, attempt.row)) !== null);
  }

  @FieldResolver(() => [Response])
  async responses(@Root() attempt: Attempt, @Ctx() { loaders }: Context): Promise<Response[]> {
    return (await loaders.attempts.responsesByAttempt.load(attempt.row.id)).map(toResponse);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Null until every response is scored, or while the feedback timing hides scores." })
  async score(@Root() attempt: Attempt, @Ctx() context: Context): Promise<number | null> {
    const relation = await relationToAttempt(context, attempt.row);
    if (relation !== "teacher" && !studentSeesFeedback(attempt.row, "QUESTION", attempt.row.dueAt, new Date())) return null;
    const [items, responses] = await Promise.all([
      context.loaders.attempts.itemsByLesson.load(attempt.row.lessonId),
      context.loaders.attempts.responsesByAttempt.load(attempt.row.id),
    ]);
    return attemptScore(attempt.row.status === "SUBMITTED", items.map((item) => item.itemId), responses);
  }

  @FieldResolver(() => Float)
  async maxScore(@Root() attempt: Attempt, @Ctx() { loaders }: Context): Promise<number> {
    const items = await loaders.attempts.itemsByLesson.load(attempt.row.lessonId);
    return items.reduce((sum, item) => sum + item.points, 0);
  }
}

@Resolver(() => Response)
export class ResponseResolver {
  @FieldResolver(() => Feedback, { nullable: true, description: "Null while the assignment's feedback timing hides it from this viewer." })
  async feedback(@Root() response: Response, @Ctx() context: Context): Promise<Feedback | null> {
    const attempt = (await context.loaders.attempts.attemptById.load(response.row.attemptId))!;
    const relation = await relationToAttempt(context, attempt);
    if (relation === null) return null;
    if (relation === "student" && !studentSeesFeedback(attempt, response.row.itemKind, attempt.dueAt, new Date())) return null;
    const row = response.row;
    return Object.assign(new Feedback(), {
      correct: row.correct,
      score: responseScore(row),
      maxScore: row.maxScore,
      message: row.message,
      needsReview: row.needsReview,
      rubricScores: (row.rubricScores ?? []).map((r) => ({ criterionId: encodeId("RubricCriterion", r.criterionId), score: r.score })),
      teacherComment: row.teacherComment,
      expected: row.expected ? toAnswer(row.expected) : null,
    });
  }
}
