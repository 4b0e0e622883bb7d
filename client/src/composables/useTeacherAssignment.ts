import { ref } from "vue";
import type { FeedbackTiming, RubricScoreInput } from "../api/generated/graphql.js";
import * as teacher from "../api/teacher.js";
import { useAsync } from "./useAsync.js";

/** One assignment's results for its teacher, with scoring and settings. Actions throw ApiError. */
export function useTeacherAssignment(id: () => string) {
  /** An earlier version of a teacher's set whose results to show (null: the assignment's own). */
  const version = ref<string | null>(null);
  const results = useAsync(() => teacher.fetchTeacherAssignment(id(), version.value));
  // After a change, reload quietly: the page stays as it is while totals and statistics update.
  const reload = async () => {
    results.data.value = await teacher.fetchTeacherAssignment(id(), version.value);
  };
  return {
    ...results,
    version,
    /** Shows the statistics, misconceptions, key and answers of one version (null: the current). */
    async showVersion(slug: string | null) {
      version.value = slug;
      await reload();
    },
    /** Reads the results again quietly (the live class saw them change). */
    refresh: () => reload().catch(() => undefined),
    async scoreResponse(
      responseId: string,
      input: { rubricScores?: RubricScoreInput[]; score?: number; comment: string },
    ) {
      await teacher.scoreResponse(responseId, input);
      await reload();
    },
    async reopenAttempt(attemptId: string) {
      await teacher.reopenAttempt(attemptId);
      await reload();
    },
    /** How many attempts were reopened. */
    async reopenAttempts(closedByDueDateOnly: boolean) {
      const count = await teacher.reopenAttempts(id(), closedByDueDateOnly);
      await reload();
      return count;
    },
    async returnAttempt(attemptId: string, comment: string) {
      await teacher.returnAttempt(attemptId, comment.trim() || null);
      await reload();
    },
    async extendAssignment(studentId: string, dueAt: string) {
      await teacher.extendAssignment(id(), studentId, dueAt);
      await reload();
    },
    async updateAssignment(dueAt: string | null, feedback: FeedbackTiming) {
      await teacher.updateAssignment(id(), dueAt, feedback);
      await reload();
    },
  };
}
