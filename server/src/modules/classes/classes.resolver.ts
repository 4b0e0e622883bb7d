import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../app/context.js";
import { decodeId } from "../../core/ids.js";
import { relationToClass } from "../assignments/assignments.service.js";
import { Assignment, toAssignment } from "../assignments/assignments.types.js";
import { signIn } from "../users/users.resolver.js";
import { AuthPayload, toUser, User } from "../users/users.types.js";
import { createClass, joinClass, resetJoinCode, resetStudentSignInCode } from "./classes.service.js";
import { selectClassesOfStudent, selectClassesOfTeacher } from "./classes.sql.js";
import { Classroom, toClassroom } from "./classes.types.js";

@Resolver(() => Classroom)
export class ClassroomResolver {
  @Query(() => [Classroom], { description: "Teacher: classes they teach. Student: classes they joined." })
  async myClasses(@Ctx() { db, viewer }: Context): Promise<Classroom[]> {
    if (!viewer) return [];
    const rows = viewer.role === "TEACHER" ? await selectClassesOfTeacher(db, viewer.id) : await selectClassesOfStudent(db, viewer.id);
    return rows.map(toClassroom);
  }

  @Query(() => Classroom, { nullable: true })
  async classroom(@Arg("id", () => ID) id: string, @Ctx() context: Context): Promise<Classroom | null> {
    const key = decodeId("Classroom", id);
    const row = key ? await context.loaders.classes.classById.load(key) : null;
    return row && (await relationToClass(context, row)) ? toClassroom(row) : null;
  }

  @Mutation(() => Classroom)
  async createClass(@Arg("name", () => String) name: string, @Ctx() context: Context): Promise<Classroom> {
    return toClassroom(await createClass(context, name));
  }

  @Mutation(() => Classroom, { description: "Teacher: a new join code; the old one stops working." })
  async resetJoinCode(@Arg("classId", () => ID) classId: string, @Ctx() context: Context): Promise<Classroom> {
    return toClassroom(await resetJoinCode(context, classId));
  }

  @Mutation(() => AuthPayload, {
    description:
      "A student joins a class with its code. Signed in as a student (a guest too), the same account joins; otherwise a new student is made. The payload's viewer carries the signInCode.",
  })
  async joinClass(
    @Arg("joinCode", () => String) joinCode: string,
    @Arg("displayName", () => String) displayName: string,
    @Ctx() context: Context,
  ): Promise<AuthPayload> {
    const { student, newSession } = await joinClass(context, joinCode, displayName);
    if (newSession) return signIn(context, student);
    return Object.assign(new AuthPayload(), { token: context.bearerToken ?? "", viewer: toUser(student, true) });
  }

  @Mutation(() => User, { description: "Teacher: a new sign-in code for a student of the class who lost theirs; the old code stops working." })
  async resetSignInCode(
    @Arg("classId", () => ID) classId: string,
    @Arg("studentId", () => ID) studentId: string,
    @Ctx() context: Context,
  ): Promise<User> {
    return toUser(await resetStudentSignInCode(context, classId, studentId), true);
  }

  @FieldResolver(() => String, { nullable: true, description: "Students type this to join. Only the class's teacher sees it." })
  async joinCode(@Root() classroom: Classroom, @Ctx() context: Context): Promise<string | null> {
    return (await relationToClass(context, classroom.row)) === "teacher" ? classroom.row.joinCode : null;
  }

  @FieldResolver(() => User)
  async teacher(@Root() classroom: Classroom, @Ctx() { loaders }: Context): Promise<User> {
    return toUser((await loaders.attempts.userById.load(classroom.row.teacherId))!, false);
  }

  @FieldResolver(() => [User], { description: "Teacher: every student, with their sign-in codes. Student: only themselves." })
  async students(@Root() classroom: Classroom, @Ctx() context: Context): Promise<User[]> {
    const relation = await relationToClass(context, classroom.row);
    const students = await context.loaders.classes.studentsByClass.load(classroom.row.id);
    if (relation === "teacher") return students.map((student) => toUser(student, true));
    return students.filter((student) => student.id === context.viewer?.id).map((student) => toUser(student, true));
  }

  @FieldResolver(() => [Assignment])
  async assignments(@Root() classroom: Classroom, @Ctx() context: Context): Promise<Assignment[]> {
    if (!(await relationToClass(context, classroom.row))) return [];
    return (await context.loaders.classes.assignmentsByClass.load(classroom.row.id)).map(toAssignment);
  }
}
