import type { FeedbackTiming } from "../api/generated/graphql.js";
import { syncClassRoster } from "../api/lms.js";
import * as deletion from "../api/deletion.js";
import * as teacher from "../api/teacher.js";
import { useAsync } from "./useAsync.js";

/**
 * A teacher's classes and the lessons they can assign, with the actions on them. Each action
 * throws ApiError on failure (the form that started it shows it) and reloads the classes.
 */
export function useTeacherDashboard() {
  const dashboard = useAsync(teacher.fetchTeacherDashboard, { immediate: false });
  const reload = async () => {
    dashboard.data.value = await teacher.fetchTeacherDashboard();
  };
  return {
    ...dashboard,
    async createClass(name: string) {
      await teacher.createClass(name);
      await reload();
    },
    async resetJoinCode(classId: string) {
      await teacher.resetJoinCode(classId);
      await reload();
    },
    async resetSignInCode(classId: string, studentId: string) {
      await teacher.resetSignInCode(classId, studentId);
      await reload();
    },
    /** One student's sign-in code, fetched only when the teacher asks to show it. */
    fetchSignInCode: (classId: string, studentId: string) =>
      teacher.fetchStudentSignInCode(classId, studentId),
    async renameStudent(classId: string, studentId: string, displayName: string) {
      await teacher.renameStudent(classId, studentId, displayName);
      await reload();
    },
    async mergeStudents(classId: string, studentId: string, duplicateId: string) {
      await teacher.mergeStudents(classId, studentId, duplicateId);
      await reload();
    },
    /** Syncs an LMS-linked class from its course's roster; returns what changed. */
    async syncRoster(classId: string) {
      const changes = await syncClassRoster(classId);
      await reload();
      return changes;
    },
    async removeStudent(classId: string, studentId: string) {
      await deletion.removeStudent(classId, studentId);
      await reload();
    },
    async deleteAssignment(assignmentId: string) {
      await deletion.deleteAssignment(assignmentId);
      await reload();
    },
    async archiveClass(classId: string) {
      await deletion.archiveClass(classId);
      await reload();
    },
    async restoreClass(classId: string) {
      await deletion.restoreClass(classId);
      await reload();
    },
    async deleteClass(classId: string) {
      await deletion.deleteClass(classId);
      await reload();
    },
    async assignLesson(
      classId: string,
      lessonSlug: string,
      dueAt: string | null,
      feedback: FeedbackTiming,
    ) {
      await teacher.assignLesson(classId, lessonSlug, dueAt, feedback);
      await reload();
    },
  };
}
