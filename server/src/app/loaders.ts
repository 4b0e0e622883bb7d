import type { Queryable } from "../core/database.js";
import {
  type AssignmentLoaders,
  createAssignmentLoaders,
} from "../modules/assignments/assignments.loaders.js";
import { type AttemptLoaders, createAttemptLoaders } from "../modules/attempts/attempts.loaders.js";
import {
  type AuthoringLoaders,
  createAuthoringLoaders,
} from "../modules/authoring/authoring.loaders.js";
import { type ClassLoaders, createClassLoaders } from "../modules/classes/classes.loaders.js";
import { createRelationLoader, type RelationLoader } from "../modules/classes/relations.js";
import {
  createDocumentLoaders,
  type DocumentLoaders,
} from "../modules/documents/documents.loaders.js";
import {
  createExerciseLoaders,
  type ExerciseLoaders,
} from "../modules/exercises/exercises.loaders.js";
import { createLessonLoaders, type LessonLoaders } from "../modules/lessons/lessons.loaders.js";
import {
  createQuestionLoaders,
  type QuestionLoaders,
} from "../modules/questions/questions.loaders.js";
import { createUserLoaders, type UserLoaders } from "../modules/users/users.loaders.js";
import type { Viewer } from "../modules/users/viewer.js";

/** Every feature's per-request loaders, plus the one loader of the viewer's relations. */
export interface Loaders {
  documents: DocumentLoaders;
  questions: QuestionLoaders;
  exercises: ExerciseLoaders;
  lessons: LessonLoaders;
  users: UserLoaders;
  classes: ClassLoaders;
  assignments: AssignmentLoaders;
  attempts: AttemptLoaders;
  authoring: AuthoringLoaders;
  relations: RelationLoader;
}

/** New loaders for one request: nothing is shared between requests, so nothing leaks between viewers. */
export function createLoaders(db: Queryable, viewer: Viewer | null): Loaders {
  const classes = createClassLoaders(db);
  return {
    documents: createDocumentLoaders(db),
    questions: createQuestionLoaders(db),
    exercises: createExerciseLoaders(db),
    lessons: createLessonLoaders(db),
    users: createUserLoaders(db),
    classes,
    assignments: createAssignmentLoaders(db),
    attempts: createAttemptLoaders(db),
    authoring: createAuthoringLoaders(db),
    relations: createRelationLoader(viewer, classes),
  };
}
