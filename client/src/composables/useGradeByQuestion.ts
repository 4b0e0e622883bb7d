import { ApiError } from "../api/client.js";
import * as teacher from "../api/teacher.js";
import type { ScoreInput } from "../lib/teacher/review-types.js";
import { useAsync } from "./useAsync.js";

/**
 * One assignment for grading one item at a time: the same results the assignment page loads,
 * and scoring one answer or the same judgement for several.
 */
export function useGradeByQuestion(assignmentId: () => string) {
  const results = useAsync(() => teacher.fetchTeacherAssignment(assignmentId()));
  const reload = async () => {
    results.data.value = await teacher.fetchTeacherAssignment(assignmentId());
  };
  return {
    ...results,
    /**
     * Scores each response in turn, stopping at the first refusal, then reloads once. Resolves
     * to null, or to the words saying why a score was not saved.
     */
    async scoreResponses(responseIds: string[], input: ScoreInput): Promise<string | null> {
      try {
        for (const responseId of responseIds) await teacher.scoreResponse(responseId, input);
        return null;
      } catch (caught) {
        return caught instanceof ApiError ? caught.message : "The score was not saved.";
      } finally {
        await reload().catch(() => undefined);
      }
    },
  };
}
