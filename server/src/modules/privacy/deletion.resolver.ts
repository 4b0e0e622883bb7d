import {
  Arg,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import { Assignment } from "../assignments/assignments.types.js";
import type { AttemptLoaders } from "../attempts/attempts.loaders.js";
import { assignmentSubject } from "../classes/relations.js";
import type { SessionCookies } from "../users/sessions.service.js";
import {
  type DeletionDeps,
  deleteAssignment,
  deleteClass,
  deleteMyAccount,
  removeStudent,
} from "./deletion.service.js";
import { DeletionResult, toDeletionResult } from "./deletion.types.js";
import { canCountClassWork } from "./privacy.policy.js";

/** What the deletion resolvers need from the request. */
export interface PrivacyContext extends DeletionDeps {
  loaders: DeletionDeps["loaders"] & { attempts: AttemptLoaders };
  cookies: SessionCookies;
}

@Resolver(() => Assignment)
export class DeletionResolver {
  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => DeletionResult, {
    description:
      "Teacher: takes a student out of their class, deleting the student's attempts at the class's assignments (and their responses) and extensions. The account stays. A student not in the class (a second call too) is FORBIDDEN.",
  })
  async removeStudent(
    @Arg("classId", () => ID) classId: string,
    @Arg("studentId", () => ID) studentId: string,
    @Ctx() context: PrivacyContext,
  ): Promise<DeletionResult> {
    return toDeletionResult(await removeStudent(context, classId, studentId));
  }

  @Extensions({ policy: "assignments.canChangeAssignment" })
  @Mutation(() => DeletionResult, {
    description:
      "Teacher: deletes an assignment of their class with every attempt and response at it (Assignment.attemptCount says how many first). A second call is FORBIDDEN.",
  })
  async deleteAssignment(
    @Arg("id", () => ID) id: string,
    @Ctx() context: PrivacyContext,
  ): Promise<DeletionResult> {
    return toDeletionResult(await deleteAssignment(context, id));
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => DeletionResult, {
    description:
      "Teacher: deletes their class, archived or not, and everything in it: memberships, assignments, attempts, responses, LTI course links. Students' accounts stay. A second call is FORBIDDEN.",
  })
  async deleteClass(
    @Arg("id", () => ID) id: string,
    @Ctx() context: PrivacyContext,
  ): Promise<DeletionResult> {
    return toDeletionResult(await deleteClass(context, id));
  }

  @Extensions({ policy: "privacy.canDeleteOwnAccount" })
  @Mutation(() => DeletionResult, {
    description:
      "The viewer deletes their own account and everything they wrote (attempts, responses, memberships, sessions, LTI identities); the session cookie is cleared. A teacher deletes their classes first (CONFLICT). Anonymous (a second call too): UNAUTHENTICATED.",
  })
  async deleteMyAccount(@Ctx() context: PrivacyContext): Promise<DeletionResult> {
    const counts = await deleteMyAccount(context);
    context.cookies.clear();
    return toDeletionResult(counts);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Teacher only: how many attempts (students' work) deleting the assignment would remove. Null for anyone else.",
  })
  @Extensions({ policy: "privacy.canCountClassWork" })
  async attemptCount(
    @Root() assignment: Assignment,
    @Ctx() { loaders }: PrivacyContext,
  ): Promise<number | null> {
    if (!canCountClassWork(await loaders.relations.load(assignmentSubject(assignment.row))))
      return null;
    return (await loaders.attempts.attemptsByAssignment.load(assignment.row.id)).length;
  }
}
