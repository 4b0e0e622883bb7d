// Where a student's data downloads from (server: http/student-export.ts). Plain TypeScript: no Vue.

/** Everything held about the signed-in user, as a JSON download. */
export const MY_DATA_URL = "/api/me/export.json";

/** What a class holds about one of its students, as a JSON download (the class's teacher). */
export const studentDataUrl = (classId: string, studentId: string) =>
  `/api/classes/${encodeURIComponent(classId)}/students/${encodeURIComponent(studentId)}/export.json`;
