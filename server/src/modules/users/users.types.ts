import { Extensions, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { encodeId } from "../../core/ids.js";

export enum Role {
  TEACHER = "TEACHER",
  STUDENT = "STUDENT",
}

registerEnumType(Role, { name: "Role" });

@ObjectType()
export class User {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field(() => String) displayName!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "A student's personal code to sign in again on any device. Only the student and their teachers see it.",
  })
  @Extensions({ policy: "users.canSeeSignInCode" })
  signInCode!: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      "Teacher, in their class's roster (Classroom.students): the platform's roster no longer lists this student as active (LTI roster sync); their work stays. Null elsewhere and for anyone else.",
  })
  @Extensions({ policy: "classes.canManageClass" })
  inactive!: boolean | null;
  dbId!: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, {
    description:
      "The session token, for `Authorization: Bearer`. The browser client uses the httpOnly cookie instead.",
  })
  token!: string;
  @Field(() => User) viewer!: User;
  /** The class joinClass just joined (the classes module resolves AuthPayload.classroom from it). */
  joinedClassId?: string;
}

/** A user as a given viewer may see them: the sign-in code only where users.canSeeSignInCode allows. */
export function toUser(
  row: { id: string; role: string; displayName: string; signInCode: string | null },
  showCode: boolean,
): User {
  return Object.assign(new User(), {
    id: encodeId("User", row.id),
    dbId: row.id,
    role: row.role as Role,
    displayName: row.displayName,
    signInCode: showCode ? row.signInCode : null,
  });
}
