import { request } from "../api/client.js";
import type { FeedbackTiming } from "../api/generated/graphql.js";
import {
  TeacherAssignLesson,
  TeacherCreateClass,
  TeacherDashboardQuery,
  TeacherResetJoinCode,
  TeacherResetSignInCode,
} from "../api/teacher.js";
import { useAsync } from "./useAsync.js";

/**
 * A teacher's classes and the lessons they can assign, with the actions on them. Each action
 * throws ApiError on failure (the form that started it shows it) and reloads the classes.
 */
export function useTeacherDashboard() {
  const dashboard = useAsync(() => request(TeacherDashboardQuery), { immediate: false });
  const reload = async () => {
    dashboard.data.value = await request(TeacherDashboardQuery);
  };
  return {
    ...dashboard,
    async createClass(name: string) {
      await request(TeacherCreateClass, { name });
      await reload();
    },
    async resetJoinCode(classId: string) {
      await request(TeacherResetJoinCode, { classId });
      await reload();
    },
    async resetSignInCode(classId: string, studentId: string) {
      await request(TeacherResetSignInCode, { classId, studentId });
      await reload();
    },
    async assignLesson(classId: string, lessonSlug: string, dueAt: string | null, feedback: FeedbackTiming) {
      await request(TeacherAssignLesson, { classId, lessonSlug, dueAt, feedback });
      await reload();
    },
  };
}
