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
import { decodeId } from "../../core/ids.js";
import { type SessionCookies, signIn } from "../users/sessions.service.js";
import type { UserLoaders } from "../users/users.loaders.js";
import { canSeeSignInCode } from "../users/users.policy.js";
import { AuthPayload, toUser, User } from "../users/users.types.js";
import {
  setArchived,
  type ClassesDeps,
  classByJoinCode,
  classesOfViewer,
  createClass,
  joinClass,
  labelledName,
  renameStudent,
  resetJoinCode,
  resetStudentSignInCode,
  studentOfClass,
} from "./classes.service.js";
import { canManageClass, canSeeClass, canSeeJoinCode, canSeeStudent } from "./classes.policy.js";
import { Classroom, JoinableClass, toClassroom } from "./classes.types.js";
import { classSubject } from "./relations.js";

/** What the class resolvers need from the request. */
export interface ClassesContext extends ClassesDeps {
  loaders: ClassesDeps["loaders"] & { users: UserLoaders };
  cookies: SessionCookies;
  clientAddress: string;
  /** Marks the answer as depending on more than the content: the cache of anonymous reads never keeps it. */
  noStore: () => void;
}

const relationTo = (classroom: Classroom, { loaders }: ClassesContext) =>
  loaders.relations.load(classSubject(classroom.row));

@Resolver(() => Classroom)
export class ClassroomResolver {
  @Query(() => [Classroom], {
    description: "Teacher: classes they teach. Student: classes they joined.",
  })
  @Extensions({ policy: "classes.canSeeClass" })
  async myClasses(@Ctx() context: ClassesContext): Promise<Classroom[]> {
    return (await classesOfViewer(context)).map(toClassroom);
  }

  @Query(() => Classroom, { nullable: true })
  @Extensions({ policy: "classes.canSeeClass" })
  async classroom(
    @Arg("id", () => ID) id: string,
    @Ctx() context: ClassesContext,
  ): Promise<Classroom | null> {
    const key = decodeId("Classroom", id);
    const row = key ? await context.loaders.classes.classById.load(key) : null;
    return row && canSeeClass(await context.loaders.relations.load(classSubject(row)))
      ? toClassroom(row)
      : null;
  }

  @Query(() => JoinableClass, {
    nullable: true,
    description:
      "Anyone: the class a join code opens (its name and teacher), so a student sees what they join; null for a wrong code. Wrong codes are rate-limited together with joinClass.",
  })
  @Extensions({ policy: "classes.anyoneWithTheCode" })
  async classByJoinCode(
    @Arg("joinCode", () => String) joinCode: string,
    @Ctx() context: ClassesContext,
  ): Promise<JoinableClass | null> {
    context.noStore();
    const row = await classByJoinCode(context, joinCode, context.clientAddress);
    if (!row) return null;
    const teacher = (await context.loaders.users.userById.load(row.teacherId))!;
    return Object.assign(new JoinableClass(), { name: row.name, teacherName: teacher.displayName });
  }

  @Mutation(() => Classroom)
  async createClass(
    @Arg("name", () => String) name: string,
    @Ctx() context: ClassesContext,
  ): Promise<Classroom> {
    return toClassroom(await createClass(context, name));
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => Classroom, {
    description: "Teacher: a new join code; the old one stops working.",
  })
  async resetJoinCode(
    @Arg("classId", () => ID) classId: string,
    @Ctx() context: ClassesContext,
  ): Promise<Classroom> {
    return toClassroom(await resetJoinCode(context, classId));
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => Classroom, {
    description:
      "Teacher: archives their class. Its work stays for the teacher and students to read, but nothing in it changes (joining, assigning, starting, saving, scoring, undoing answer CONFLICT with extensions.reason CLASS_ARCHIVED) until the class is restored (restoreClass) or deleted. Archiving again changes nothing.",
  })
  async archiveClass(
    @Arg("id", () => ID) id: string,
    @Ctx() context: ClassesContext,
  ): Promise<Classroom> {
    return toClassroom(await setArchived(context, id, true));
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => Classroom, {
    description:
      "Teacher: brings an archived class back; joining, assigning and work go on as before it was archived. Restoring a class that is not archived changes nothing.",
  })
  async restoreClass(
    @Arg("id", () => ID) id: string,
    @Ctx() context: ClassesContext,
  ): Promise<Classroom> {
    return toClassroom(await setArchived(context, id, false));
  }

  @Mutation(() => AuthPayload, {
    description:
      "A student joins a class with its code. Signed in as a student (a guest too), the same account joins; otherwise a new student is made. Either way the session gets a fresh token and the request's old one stops working. The payload's viewer carries the signInCode.",
  })
  async joinClass(
    @Arg("joinCode", () => String) joinCode: string,
    @Arg("displayName", () => String) displayName: string,
    @Ctx() context: ClassesContext,
  ): Promise<AuthPayload> {
    const { student, classId } = await joinClass(
      context,
      joinCode,
      displayName,
      context.clientAddress,
    );
    // Joining raises what the session may do (the class's work counts, its teacher sees it):
    // a student already signed in gets a fresh token too, and the old one ends (signIn).
    const payload = await signIn(context, student);
    return Object.assign(payload, { joinedClassId: classId });
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => User, {
    description:
      "Teacher: a new sign-in code for a student of the class who lost theirs; the old code stops working and the student's sessions end (they sign in again with the new code).",
  })
  async resetSignInCode(
    @Arg("classId", () => ID) classId: string,
    @Arg("studentId", () => ID) studentId: string,
    @Ctx() context: ClassesContext,
  ): Promise<User> {
    const student = await resetStudentSignInCode(context, classId, studentId);
    return toUser(student, canSeeSignInCode(context.viewer, student, true));
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => User, {
    description:
      "Teacher: the name they know a student of the class by, shown to them wherever the class's work is (roster, results, CSV). The student's own display name stays theirs.",
  })
  async renameStudent(
    @Arg("classId", () => ID) classId: string,
    @Arg("studentId", () => ID) studentId: string,
    @Arg("displayName", () => String) displayName: string,
    @Ctx() context: ClassesContext,
  ): Promise<User> {
    const student = await renameStudent(context, { classId, studentId, displayName });
    return toUser(
      { ...student, displayName: labelledName(student) },
      canSeeSignInCode(context.viewer, student, true),
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Students type this to join. Only the class's teacher sees it.",
  })
  @Extensions({ policy: "classes.canSeeJoinCode" })
  async joinCode(
    @Root() classroom: Classroom,
    @Ctx() context: ClassesContext,
  ): Promise<string | null> {
    return canSeeJoinCode(await relationTo(classroom, context)) ? classroom.row.joinCode : null;
  }

  @FieldResolver(() => User)
  async teacher(
    @Root() classroom: Classroom,
    @Ctx() { viewer, loaders }: ClassesContext,
  ): Promise<User> {
    const teacher = (await loaders.users.userById.load(classroom.row.teacherId))!;
    return toUser(teacher, canSeeSignInCode(viewer, teacher, false));
  }

  @FieldResolver(() => User, {
    nullable: true,
    description:
      "Teacher: one student of the class (to read one sign-in code). Student: only themselves. Null for anyone else.",
  })
  @Extensions({ policy: "classes.canSeeStudent" })
  async student(
    @Root() classroom: Classroom,
    @Arg("id", () => ID) id: string,
    @Ctx() context: ClassesContext,
  ): Promise<User | null> {
    const student = await studentOfClass(context, classroom.row, id);
    if (!student) return null;
    const relation = await relationTo(classroom, context);
    return toUser(student, canSeeSignInCode(context.viewer, student, relation === "teacher"));
  }

  @FieldResolver(() => [User], {
    description:
      "Teacher: every student, with their sign-in codes, by the teacher's label where they gave one (renameStudent). Student: only themselves, by their own name.",
  })
  @Extensions({ policy: "classes.canSeeStudent" })
  async students(@Root() classroom: Classroom, @Ctx() context: ClassesContext): Promise<User[]> {
    const relation = await relationTo(classroom, context);
    const students = await context.loaders.classes.studentsByClass.load(classroom.row.id);
    return students
      .filter((student) => canSeeStudent(context.viewer, relation, student))
      .map((student) =>
        Object.assign(
          toUser(
            relation === "teacher" ? { ...student, displayName: labelledName(student) } : student,
            canSeeSignInCode(context.viewer, student, relation === "teacher"),
          ),
          { inactive: canManageClass(relation) ? student.inactive : null },
        ),
      );
  }
}
