import { type Role, type VisibilityWorld } from "../../../support/visibility-world.js";

/** An error the API answers instead of data: its extensions.code, or an HTTP status. */
export class Refusal {
  constructor(readonly code: string | number) {}
}
export const UNAUTHENTICATED = new Refusal("UNAUTHENTICATED");
export const FORBIDDEN = new Refusal("FORBIDDEN");
export const NOT_FOUND = new Refusal("NOT_FOUND");
export const HTTP_404 = new Refusal(404);

export interface Row {
  /** "Type.field" as in server/schema.graphql, or "GET <route>". */
  field: string;
  /** The path that reaches the field, where one field has several rows. */
  via?: string;
  /** Sent with every variable of the world's `vars`; declares the ones it uses. */
  query?: string;
  route?: (w: VisibilityWorld) => string;
  /** What the response shows; by default the query's one top-level field. */
  pick?: (data: any, w: VisibilityWorld) => unknown;
  may: Role[];
  /** What each other role gets instead: a Refusal, or exactly this value (null, [] …). */
  mayNot: Partial<Record<Role, unknown>>;
}

export const CLASSROOM = (select: string) =>
  `query($classId: ID!) { classroom(id: $classId) { ${select} } }`;
export const ONE_STUDENT = (select: string) =>
  `query($classId: ID!, $studentId: ID!) { classroom(id: $classId) { student(id: $studentId) { ${select} } } }`;
export const ASSIGNMENT = (select: string) =>
  `query($assignmentId: ID!) { assignment(id: $assignmentId) { ${select} } }`;
export const ATTEMPT = (select: string, id = "attemptId") =>
  `query($${id}: ID!) { attempt(id: $${id}) { ${select} } }`;
export const only = (list: Array<{ id: string }> | undefined, id: string) =>
  list?.filter((x) => x.id === id);
export const feedbackOn = (attempt: any, itemId: string, key: string) =>
  attempt?.responses.filter((r: any) => r.itemId === itemId).map((r: any) => r.feedback?.[key]);

export const SIGNED_IN: Role[] = ["student", "classmate", "outsider", "teacher", "otherTeacher"];
export const IN_CLASS: Role[] = ["teacher", "student", "classmate"];
export const OWNERS: Role[] = ["teacher", "student"];
/** Whoever is outside class C gets the class, assignment or attempt itself as null. */
export const OUTSIDE = { anonymous: null, outsider: null, otherTeacher: null };
export const NOT_OWNERS = { ...OUTSIDE, classmate: null };
/** Mutations: anonymous callers must sign in; everyone else signed in is refused. */
export const OTHERS_FORBIDDEN = {
  anonymous: UNAUTHENTICATED,
  outsider: FORBIDDEN,
  otherTeacher: FORBIDDEN,
};
export const NOT_TEACHER = { ...OTHERS_FORBIDDEN, student: FORBIDDEN, classmate: FORBIDDEN };
export const NOT_STUDENT = { ...OTHERS_FORBIDDEN, classmate: FORBIDDEN, teacher: FORBIDDEN };
