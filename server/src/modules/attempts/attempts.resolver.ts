import { Arg, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context.js";
import { decodeId } from "../../graphql/ids.js";
import { notFound } from "../../graphql/errors.js";
import { Lesson, toLesson } from "../lessons/lessons.types.js";
import { toUser, User } from "../users/users.types.js";
import { AnswerInput } from "./attempts.inputs.js";
import { canReadAttempt, saveAnswer, startPracticeAttempt, submitAttempt } from "./attempts.service.js";
import { selectAttemptsByStudent } from "./attempts.sql.js";
import { Attempt, Feedback, Response, toAnswer, toAttempt, toResponse } from "./attempts.types.js";
import { studentSeesFeedback } from "./feedback-visibility.js";

@Resolver(() => Attempt)
export class AttemptResolver {
  @Query(() => Attempt, { nullable: true })
  async attempt(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Attempt | null> {
    const key = decodeId("Attempt", id);
    const row = key ? await context.loaders.attempts.attemptById.load(key) : null;
    return row && canReadAttempt(context.viewer, row) ? toAttempt(row) : null;
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
    if (assignmentId != null) throw notFound("There is no such assignment.");
    return toAttempt(await startPracticeAttempt(context, lessonSlug));
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
    return toAttempt(await submitAttempt(context, attemptId));
  }

  @FieldResolver(() => Lesson)
  async lesson(@Root() attempt: Attempt, @Ctx() { loaders }: Context): Promise<Lesson> {
    return toLesson((await loaders.content.lessonById.load(attempt.row.lessonId))!);
  }

  @FieldResolver(() => User)
  async student(@Root() attempt: Attempt, @Ctx() { loaders, viewer }: Context): Promise<User> {
    const row = (await loaders.attempts.userById.load(attempt.row.studentId))!;
    return toUser(row, viewer?.id === row.id);
  }

  @FieldResolver(() => [Response])
  async responses(@Root() attempt: Attempt, @Ctx() { loaders }: Context): Promise<Response[]> {
    return (await loaders.attempts.responsesByAttempt.load(attempt.row.id)).map(toResponse);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Null until every response is scored, or while the feedback timing hides scores." })
  async score(@Root() attempt: Attempt, @Ctx() { loaders }: Context): Promise<number | null> {
    if (attempt.row.status !== "SUBMITTED" || !studentSeesFeedback(attempt.row, "QUESTION", null, new Date())) return null;
    const [items, responses] = await Promise.all([
      loaders.attempts.itemsByLesson.load(attempt.row.lessonId),
      loaders.attempts.responsesByAttempt.load(attempt.row.id),
    ]);
    const byItem = new Map(responses.map((r) => [r.itemId, r]));
    let total = 0;
    for (const item of items) {
      const response = byItem.get(item.itemId);
      if (!response) continue; // unanswered at submit: 0
      if (response.needsReview || response.autoScore === null) return null;
      total += response.autoScore;
    }
    return Math.round(total * 100) / 100;
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
  async feedback(@Root() response: Response, @Ctx() { loaders }: Context): Promise<Feedback | null> {
    const attempt = (await loaders.attempts.attemptById.load(response.row.attemptId))!;
    if (!studentSeesFeedback(attempt, response.row.itemKind, null, new Date())) return null;
    const row = response.row;
    return Object.assign(new Feedback(), {
      correct: row.correct,
      score: row.autoScore,
      maxScore: row.maxScore,
      message: row.message,
      needsReview: row.needsReview,
      rubricScores: [],
      teacherComment: null,
      expected: row.expected ? toAnswer(row.expected) : null,
    });
  }
}
