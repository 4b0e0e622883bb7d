import DataLoader from "dataloader";
import type { Viewer } from "../users/viewer.js";
import type { ClassLoaders } from "./classes.loaders.js";
import { type Relation, relationToClass, relationToStudentWork } from "./classes.policy.js";

/**
 * What the viewer may stand in relation to: a class, or a row that belongs to one. Each carries
 * what the answer needs, so asking costs at most the class row and, for a student, its list.
 */
export type Subject =
  | { kind: "class"; id: string; teacherId: string }
  | { kind: "assignment"; id: string; classId: string }
  | { kind: "attempt"; id: string; classId: string | null; studentId: string };

export const classSubject = (row: { id: string; teacherId: string }): Subject => ({
  kind: "class",
  id: row.id,
  teacherId: row.teacherId,
});
export const assignmentSubject = (row: { id: string; classId: string }): Subject => ({
  kind: "assignment",
  id: row.id,
  classId: row.classId,
});
export const attemptSubject = (row: {
  id: string;
  classId: string | null;
  studentId: string;
}): Subject => ({
  kind: "attempt",
  id: row.id,
  classId: row.classId,
  studentId: row.studentId,
});

/** Per request: how the viewer stands to a class, an assignment or an attempt (teacher, student, or null). */
export type RelationLoader = DataLoader<Subject, Relation, string>;

type Classes = Pick<ClassLoaders, "classById" | "studentsByClass">;

/** The request's one relation loader; its answers are cached for the request, as every loader's are. */
export function createRelationLoader(viewer: Viewer | null, classes: Classes): RelationLoader {
  // Kept apart from the loader's own cache: an assignment and its class may be asked in one batch.
  const byClass = new Map<string, Promise<Relation>>();
  const toClass = (classId: string, row?: { teacherId: string }): Promise<Relation> => {
    let relation = byClass.get(classId);
    if (!relation)
      byClass.set(classId, (relation = loadRelationToClass(viewer, classes, classId, row)));
    return relation;
  };
  return new DataLoader(
    (subjects) =>
      Promise.all(
        subjects.map(async (subject): Promise<Relation> => {
          switch (subject.kind) {
            case "class":
              return toClass(subject.id, subject);
            case "assignment":
              return toClass(subject.classId);
            case "attempt": {
              const needsClass =
                subject.classId !== null &&
                viewer?.role === "TEACHER" &&
                viewer.id !== subject.studentId;
              return relationToStudentWork(
                viewer,
                subject,
                needsClass ? await toClass(subject.classId!) : null,
              );
            }
          }
        }),
      ),
    { cacheKeyFn: (subject) => `${subject.kind}:${subject.id}` },
  );
}

/** Loads only what the viewer's role needs: a teacher's relation is in the class row, a student's in the class list. */
async function loadRelationToClass(
  viewer: Viewer | null,
  classes: Classes,
  classId: string,
  known?: { teacherId: string },
): Promise<Relation> {
  if (!viewer) return null;
  if (viewer.role === "TEACHER")
    return relationToClass(viewer, known ?? (await classes.classById.load(classId)), []);
  const students = await classes.studentsByClass.load(classId);
  return relationToClass(
    viewer,
    null,
    students.map((student) => student.id),
  );
}
