import { Arg, Ctx, Extensions, ID, Mutation, Resolver } from "type-graphql";
import type { ClassLoaders } from "../classes/classes.loaders.js";
import { labelledName } from "../classes/classes.service.js";
import { canSeeSignInCode } from "../users/users.policy.js";
import { toUser, User } from "../users/users.types.js";
import { mergeStudents } from "./student-merge.service.js";
import type { AttemptsContext } from "./attempts.resolver.js";
import { Attempt, toAttempt } from "./attempts.types.js";
import { reopenAttempt, reopenAttempts, returnAttempt } from "./teacher-undo.service.js";

/** What the teacher's undo resolvers need from the request. */
export interface TeacherUndoContext extends AttemptsContext {
  loaders: AttemptsContext["loaders"] & { classes: ClassLoaders };
}

@Resolver(() => Attempt)
export class TeacherUndoResolver {
  @Extensions({ policy: "attempts.canManageAttempt" })
  @Mutation(() => Attempt, {
    description:
      "Teacher: a submitted attempt goes back to IN_PROGRESS for the student to carry on; every response and score stays, and `late` is worked out again at the next submit. Idempotent on an open attempt. AFTER_DUE work past the student's due date: CONFLICT (extend their due date first).",
  })
  async reopenAttempt(
    @Arg("attemptId", () => ID) attemptId: string,
    @Ctx() context: TeacherUndoContext,
  ): Promise<Attempt> {
    return toAttempt(await reopenAttempt(context, attemptId));
  }

  @Extensions({ policy: "assignments.canChangeAssignment" })
  @Mutation(() => [Attempt], {
    description:
      "Teacher: reopens every submitted attempt of the assignment (only those its AFTER_DUE due date submitted, with closedByDueDateOnly), except AFTER_DUE work past a student's due date. Returns the attempts reopened.",
  })
  async reopenAttempts(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("closedByDueDateOnly", () => Boolean, { nullable: true, defaultValue: false })
    closedByDueDateOnly: boolean,
    @Ctx() context: TeacherUndoContext,
  ): Promise<Attempt[]> {
    return (await reopenAttempts(context, assignmentId, closedByDueDateOnly)).map(toAttempt);
  }

  @Extensions({ policy: "attempts.canManageAttempt" })
  @Mutation(() => Attempt, {
    description:
      "Teacher: returns submitted work with an overall comment (Attempt.teacherComment) for the student. It does not reopen the attempt: use reopenAttempt for a revision. Returning again replaces the comment; CONFLICT while the work is in progress.",
  })
  async returnAttempt(
    @Arg("attemptId", () => ID) attemptId: string,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() context: TeacherUndoContext,
  ): Promise<Attempt> {
    return toAttempt(await returnAttempt(context, attemptId, comment ?? null));
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => User, {
    description:
      "Teacher: merges a duplicate join into the student kept, in one transaction. The duplicate's attempts move over (where both have an attempt at one assignment the empty one goes); if both have saved work on one assignment: CONFLICT naming it, and nothing changes. The duplicate leaves the class and their sessions end; their extensions move where the kept student has none. CONFLICT too if the duplicate is in another class.",
  })
  async mergeStudents(
    @Arg("classId", () => ID) classId: string,
    @Arg("studentId", () => ID) studentId: string,
    @Arg("duplicateId", () => ID) duplicateId: string,
    @Ctx() context: TeacherUndoContext,
  ): Promise<User> {
    const student = await mergeStudents(context, { classId, studentId, duplicateId });
    return toUser(
      { ...student, displayName: labelledName(student) },
      canSeeSignInCode(context.viewer, student, true),
    );
  }
}
