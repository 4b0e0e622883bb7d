import { Arg, Ctx, Extensions, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { AssignmentsDeps } from "../assignments/assignments.service.js";
import { Assignment } from "../assignments/assignments.types.js";
import { gradeSyncOf, retryGradeSync } from "./grade-sync.service.js";
import { GradeSync, toGradeSync } from "./grade-sync.types.js";

/** What the grade sync resolvers need from the request. */
export type GradeSyncContext = AssignmentsDeps;

@Resolver(() => Assignment)
export class AssignmentGradeSyncResolver {
  @FieldResolver(() => GradeSync, {
    nullable: true,
    description:
      "Teacher only: how the scores sent back to the LMS gradebook stand; null for an assignment no LMS takes grades for (and to anyone else).",
  })
  @Extensions({ policy: "lti.canSeeGradeSync" })
  async gradeSync(
    @Root() assignment: Assignment,
    @Ctx() context: GradeSyncContext,
  ): Promise<GradeSync | null> {
    const row = await gradeSyncOf(context, assignment.row);
    return row ? toGradeSync(row) : null;
  }

  @Extensions({ policy: "lti.canSeeGradeSync" })
  @Mutation(() => GradeSync, {
    description:
      "Teacher: sends the assignment's failed and waiting scores to the LMS now. BAD_USER_INPUT for an assignment no LMS takes grades for.",
  })
  async retryGradeSync(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Ctx() context: GradeSyncContext,
  ): Promise<GradeSync> {
    return toGradeSync(await retryGradeSync(context, assignmentId));
  }
}
