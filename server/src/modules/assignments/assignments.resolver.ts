import {
  Arg,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { Classroom, toClassroom } from "../classes/classes.types.js";
import { Lesson, toLesson } from "../lessons/lessons.types.js";
import { assignmentSubject } from "../classes/relations.js";
import { canSeeExtensions } from "./assignments.policy.js";
import {
  type AssignmentsDeps,
  assignLesson,
  dueDateFor,
  extendAssignment,
  updateAssignment,
  visibleAssignment,
} from "./assignments.service.js";
import {
  Assignment,
  AssignmentExtension,
  FeedbackTiming,
  toAssignment,
  toExtension,
} from "./assignments.types.js";

/** What the assignment resolvers need from the request. */
export type AssignmentsContext = AssignmentsDeps;

@Resolver(() => Assignment)
export class AssignmentResolver {
  @Query(() => Assignment, { nullable: true })
  @Extensions({ policy: "assignments.canSeeAssignment" })
  async assignment(
    @Arg("id", () => ID) id: string,
    @Ctx() context: AssignmentsContext,
  ): Promise<Assignment | null> {
    const found = await visibleAssignment(context, id);
    return found ? toAssignment(found.assignment) : null;
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => Assignment, { description: "Feedback defaults to ON_SUBMIT." })
  async assignLesson(
    @Arg("classId", () => ID) classId: string,
    @Arg("lessonSlug", () => String) lessonSlug: string,
    @Arg("dueAt", () => Date, { nullable: true }) dueAt: Date | null,
    @Arg("feedback", () => FeedbackTiming, { nullable: true }) feedback: FeedbackTiming | null,
    @Ctx() context: AssignmentsContext,
  ): Promise<Assignment> {
    return toAssignment(
      await assignLesson(context, {
        classId,
        lessonSlug,
        dueAt: dueAt ?? null,
        feedback: feedback ?? null,
      }),
    );
  }

  @Extensions({ policy: "assignments.canChangeAssignment" })
  @Mutation(() => Assignment, {
    description:
      "Changes the due date (null removes it; leave it out to keep it) or the feedback timing.",
  })
  async updateAssignment(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("dueAt", () => Date, { nullable: true }) dueAt: Date | null | undefined,
    @Arg("feedback", () => FeedbackTiming, { nullable: true })
    feedback: FeedbackTiming | null | undefined,
    @Ctx() context: AssignmentsContext,
  ): Promise<Assignment> {
    return toAssignment(await updateAssignment(context, { assignmentId, dueAt, feedback }));
  }

  @Extensions({ policy: "assignments.canChangeAssignment" })
  @Mutation(() => Assignment, {
    description:
      "Teacher: one student's own due date, used wherever the due date counts for them (late marking, AFTER_DUE closing and feedback, starting). Giving it again replaces it.",
  })
  async extendAssignment(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("studentId", () => ID) studentId: string,
    @Arg("dueAt", () => Date) dueAt: Date,
    @Ctx() context: AssignmentsContext,
  ): Promise<Assignment> {
    return toAssignment(await extendAssignment(context, { assignmentId, studentId, dueAt }));
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      "When it is due for the viewer: a student's own extension if they have one, else dueAt.",
  })
  @Extensions({ policy: "assignments.canSeeAssignment" })
  async myDueAt(
    @Root() assignment: Assignment,
    @Ctx() context: AssignmentsContext,
  ): Promise<Date | null> {
    if (context.viewer?.role !== "STUDENT") return assignment.row.dueAt;
    return dueDateFor(context, assignment.row, context.viewer.id);
  }

  @FieldResolver(() => [AssignmentExtension], {
    description: "Teacher only: the students given their own due date.",
  })
  @Extensions({ policy: "assignments.canSeeExtensions" })
  async extensions(
    @Root() assignment: Assignment,
    @Ctx() { loaders }: AssignmentsContext,
  ): Promise<AssignmentExtension[]> {
    if (!canSeeExtensions(await loaders.relations.load(assignmentSubject(assignment.row))))
      return [];
    return (await loaders.assignments.extensionsByAssignment.load(assignment.row.id)).map(
      toExtension,
    );
  }

  @FieldResolver(() => Classroom)
  async classroom(
    @Root() assignment: Assignment,
    @Ctx() { loaders }: AssignmentsContext,
  ): Promise<Classroom> {
    return toClassroom((await loaders.classes.classById.load(assignment.row.classId))!);
  }

  @FieldResolver(() => Lesson)
  async lesson(
    @Root() assignment: Assignment,
    @Ctx() { loaders }: AssignmentsContext,
  ): Promise<Lesson> {
    return toLesson((await loaders.lessons.lessonById.load(assignment.row.lessonId))!);
  }
}
