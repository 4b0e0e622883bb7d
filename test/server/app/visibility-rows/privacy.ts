import {
  ASSIGNMENT,
  CLASSROOM,
  HTTP_404,
  IN_CLASS,
  OUTSIDE,
  OWNERS,
  Refusal,
  type Row,
  SIGNED_IN,
} from "./row.js";
import { ROLES } from "../../../support/visibility-world.js";

const HTTP_401 = new Refusal(401);

/** What a class holds about its students: counts before deleting, the trail, the exports. */
export const PRIVACY_ROWS: Row[] = [
  {
    field: "Assignment.attemptCount",
    query: ASSIGNMENT("attemptCount"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { attemptCount: null }, classmate: { attemptCount: null } },
  },
  { field: "Classroom.archived", query: CLASSROOM("archived"), may: IN_CLASS, mayNot: OUTSIDE },
  {
    field: "Classroom.auditTrail",
    query: CLASSROOM("auditTrail { id action actorName }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { auditTrail: [] }, classmate: { auditTrail: [] } },
  },
  {
    field: "Assignment.auditTrail",
    query: ASSIGNMENT("auditTrail { id action actorName }"),
    may: ["teacher"],
    mayNot: { ...OUTSIDE, student: { auditTrail: [] }, classmate: { auditTrail: [] } },
  },
  {
    field: "GET /api/me/export.json",
    route: () => `/api/me/export.json`,
    may: SIGNED_IN,
    mayNot: { anonymous: HTTP_401 },
  },
  {
    field: "GET /api/classes/:classId/students/:studentId/export.json",
    route: (w) => `/api/classes/${w.vars.classId}/students/${w.vars.studentId}/export.json`,
    may: OWNERS,
    mayNot: Object.fromEntries(ROLES.filter((r) => !OWNERS.includes(r)).map((r) => [r, HTTP_404])),
  },
];
