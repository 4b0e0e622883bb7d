import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context.js";
import { endSession, startSession } from "./sessions.service.js";
import { createStudent, requireDisplayName, studentBySignInCode } from "./students.service.js";
import { changeTeacherPassword, logInTeacher, signUpTeacher } from "./teachers.service.js";
import { AuthPayload, toUser, User } from "./users.types.js";
import type { UserRow } from "./users.sql.js";

/** Opens a session for a user: the token for API clients, the cookie for the browser. */
export async function signIn(context: Context, user: UserRow): Promise<AuthPayload> {
  const token = await startSession(context.db, user.id);
  context.cookies.set(token);
  return Object.assign(new AuthPayload(), { token, viewer: toUser(user, true) });
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user; null when anonymous." })
  viewer(@Ctx() { viewer }: Context): User | null {
    return viewer ? toUser(viewer, true) : null;
  }

  @Mutation(() => AuthPayload, { description: "A signed-out visitor practises without a class." })
  async startGuestSession(@Arg("displayName", () => String) displayName: string, @Ctx() context: Context): Promise<AuthPayload> {
    const name = requireDisplayName(displayName);
    return signIn(context, await createStudent(context.db, name, true, context.clientAddress));
  }

  @Mutation(() => AuthPayload, { description: "A student signs in again, on any device, with their personal code." })
  async signInWithCode(@Arg("signInCode", () => String) signInCode: string, @Ctx() context: Context): Promise<AuthPayload> {
    return signIn(context, await studentBySignInCode(context.db, signInCode, context.clientAddress));
  }

  @Mutation(() => AuthPayload)
  async signUpTeacher(
    @Arg("email", () => String) email: string,
    @Arg("password", () => String) password: string,
    @Arg("displayName", () => String) displayName: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    return signIn(context, await signUpTeacher(context, { email, password, displayName }));
  }

  @Mutation(() => AuthPayload)
  async logIn(@Arg("email", () => String) email: string, @Arg("password", () => String) password: string, @Ctx() context: Context): Promise<AuthPayload> {
    return signIn(context, await logInTeacher(context, email, password));
  }

  @Mutation(() => Boolean, { description: "Teachers: a new password; every other session of the account ends." })
  async changePassword(
    @Arg("currentPassword", () => String) currentPassword: string,
    @Arg("newPassword", () => String) newPassword: string,
    @Ctx() context: Context,
  ): Promise<boolean> {
    await changeTeacherPassword(context, currentPassword, newPassword);
    return true;
  }

  @Mutation(() => Boolean, { description: "Ends the session everywhere. False when there was none." })
  async logOut(@Ctx() context: Context): Promise<boolean> {
    context.cookies.clear();
    if (!context.viewer) return false;
    await endSession(context.db, context.viewer);
    return true;
  }
}
