import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context.js";
import { Attempt, FeedbackTiming, toAttempt } from "../attempts/attempts.types.js";
import { Classroom, toClassroom } from "../classes/classes.types.js";
import { assignmentStatistics } from "../grading/class-results.service.js";
import { lessonReview } from "../grading/review.service.js";
import { AssignmentReview } from "../grading/review.types.js";
import { Lesson, toLesson } from "../lessons/lessons.types.js";
import { assignLesson, relationToClass, updateAssignment, visibleAssignment } from "./assignments.service.js";
import { Assignment, ItemStatistics, toAssignment } from "./assignments.types.js";

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Query(() => Assignment, { nullable: true })
  async assignment(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Assignment | null> {
    const found = await visibleAssignment(context, id);
    return found ? toAssignment(found.assignment) : null;
  }

  @Mutation(() => Assignment, { description: "Feedback defaults to ON_SUBMIT." })
  async assignLesson(
    @Arg("classId", () => ID) classId: string,
    @Arg("lessonSlug", () => String) lessonSlug: string,
    @Arg("dueAt", () => Date, { nullable: true }) dueAt: Date | null,
    @Arg("feedback", () => FeedbackTiming, { nullable: true }) feedback: FeedbackTiming | null,
    @Ctx() context: Context,
  ): Promise<Assignment> {
    return toAssignment(await assignLesson(context, { classId, lessonSlug, dueAt: dueAt ?? null, feedback: feedback ?? null }));
  }

  @Mutation(() => Assignment, { description: "Changes the due date (null removes it; leave it out to keep it) or the feedback timing." })
  async updateAssignment(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("dueAt", () => Date, { nullable: true }) dueAt: Date | null | undefined,
    @Arg("feedback", () => FeedbackTiming, { nullable: true }) feedback: FeedbackTiming | null | undefined,
    @Ctx() context: Context,
  ): Promise<Assignment> {
    return toAssignment(await updateAssignment(context, { assignmentId, dueAt, feedback }));
  }

  @FieldResolver(() => Classroom)
  async classroom(@Root() assignment: Assignment, @Ctx() { loaders }: Context): Promise<Classroom> {
    return toClassroom((await loaders.classes.classById.load(assignment.row.classId))!);
  }

  @FieldResolver(() => Lesson)
  async lesson(@Root() assignment: Assignment, @Ctx() { loaders }: Context): Promise<Lesson> {
    return toLesson((await loaders.content.lessonById.load(assignment.row.lessonId))!);
  }

  @FieldResolver(() => [Attempt], { description: "Teacher: every student's attempt. Student: their own." })
  async attempts(@Root() assignment: Assignment, @Ctx() context: Context): Promise<Attempt[]> {
    const relation = await this.relation(assignment, context);
    const attempts = await context.loaders.classes.attemptsByAssignment.load(assignment.row.id);
    if (relation === "teacher") return attempts.map(toAttempt);
    return attempts.filter((attempt) => relation === "student" && attempt.studentId === context.viewer!.id).map(toAttempt);
  }

  @FieldResolver(() => [ItemStatistics], { description: "Teacher only: how each question and exercise went across the class." })
  async itemStatistics(@Root() assignment: Assignment, @Ctx() context: Context): Promise<ItemStatistics[]> {
    if ((await this.relation(assignment, context)) !== "teacher") return [];
    return (await assignmentStatistics(context, assignment.row)).map((stat) => Object.assign(new ItemStatistics(), stat));
  }

  @FieldResolver(() => AssignmentReview, { nullable: true, description: "Teacher only: the answer keys, explanations, model evidence and exemplars." })
  async review(@Root() assignment: Assignment, @Ctx() context: Context): Promise<AssignmentReview | null> {
    if ((await this.relation(assignment, context)) !== "teacher") return null;
    return lessonReview(context, assignment.row.lessonId);
  }

  private async relation(assignment: Assignment, context: Context) {
    const classRow = await context.loaders.classes.classById.load(assignment.row.classId);
    return classRow ? relationToClass(context, classRow) : null;
  }
}
