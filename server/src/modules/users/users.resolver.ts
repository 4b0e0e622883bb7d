import { Arg, Ctx, Extensions, Mutation, Query, Resolver } from "type-graphql";
import type { TeacherSignup } from "../../core/config.js";
import type { Pool } from "../../core/database.js";
import { endSession, renewCookieSession, type SessionCookies, signIn } from "./sessions.service.js";
import { createStudent, requireDisplayName, studentBySignInCode } from "./students.service.js";
import { changeTeacherPassword, logInTeacher, signUpTeacher } from "./teachers.service.js";
import { canSeeSignInCode, isSignedIn } from "./users.policy.js";
import { AuthPayload, toUser, User } from "./users.types.js";
import type { Viewer } from "./viewer.js";

/** What the account resolvers need from the request. */
export interface UsersContext {
  db: Pool;
  viewer: Viewer | null;
  cookies: SessionCookies;
  /** The client's address, for rate limits. */
  clientAddress: string;
  settings: { teacherSignup: TeacherSignup };
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user; null when anonymous." })
  @Extensions({ policy: "users.isSignedIn" })
  viewer(@Ctx() { viewer }: UsersContext): User | null {
    return isSignedIn(viewer) ? toUser(viewer, canSeeSignInCode(viewer, viewer, false)) : null;
  }

  @Mutation(() => AuthPayload, { description: "A signed-out visitor practises without a class." })
  async startGuestSession(
    @Arg("displayName", () => String) displayName: string,
    @Ctx() context: UsersContext,
  ): Promise<AuthPayload> {
    const name = requireDisplayName(displayName);
    return signIn(context, await createStudent(context.db, name, true, context.clientAddress));
  }

  @Mutation(() => AuthPayload, {
    description: "A student signs in again, on any device, with their personal code.",
  })
  async signInWithCode(
    @Arg("signInCode", () => String) signInCode: string,
    @Ctx() context: UsersContext,
  ): Promise<AuthPayload> {
    return signIn(
      context,
      await studentBySignInCode(context.db, signInCode, context.clientAddress),
    );
  }

  @Mutation(() => AuthPayload)
  async signUpTeacher(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Arg("displayName", () => String) displayName: string,
    @Ctx() context: UsersContext,
  ): Promise<AuthPayload> {
    return signIn(
      context,
      await signUpTeacher(
        context,
        { email, password, displayName },
        context.settings.teacherSignup,
      ),
    );
  }

  @Mutation(() => AuthPayload)
  async logIn(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Ctx() context: UsersContext,
  ): Promise<AuthPayload> {
    return signIn(context, await logInTeacher(context, email, password, context.clientAddress));
  }

  @Mutation(() => Boolean, {
    description:
      "Teachers: a new password; every other session of the account ends. A browser's session goes on under a new session cookie; a bearer token stays valid.",
  })
  async changePassword(
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() context: UsersContext,
  ): Promise<boolean> {
    await changeTeacherPassword(context, currentPassword, newPassword);
    await renewCookieSession({ ...context, viewer: context.viewer! });
    return true;
  }

  @Mutation(() => Boolean, {
    description: "Ends the session everywhere. False when there was none.",
  })
  async logOut(@Ctx() context: UsersContext): Promise<boolean> {
    context.cookies.clear();
    if (!context.viewer) return false;
    await endSession(context.db, context.viewer);
    return true;
  }
}
