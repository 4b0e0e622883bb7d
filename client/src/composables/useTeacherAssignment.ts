import { request } from "../api/client.js";
import type { FeedbackTiming, RubricScoreInput } from "../api/generated/graphql.js";
import { TeacherAssignmentQuery, TeacherScoreResponse, TeacherUpdateAssignment } from "../api/teacher.js";
import { useAsync } from "./useAsync.js";

/** One assignment's results for its teacher, with scoring and settings. Actions throw ApiError. */
export function useTeacherAssignment(id: () => string) {
  const results = useAsync(() => request(TeacherAssignmentQuery, { id: id() }));
  // After a change, reload quietly: the page stays as it is while totals and statistics update.
  const reload = async () => {
    results.data.value = await request(TeacherAssignmentQuery, { id: id() });
  };
  return {
    ...results,
    async scoreResponse(responseId: string, input: { rubricScores?: RubricScoreInput[]; score?: number; comment: string }) {
      await request(TeacherScoreResponse, {
        responseId,
        rubricScores: input.rubricScores ?? null,
        score: input.score ?? null,
        comment: input.comment,
      });
      await reload();
    },
    async updateAssignment(dueAt: string | null, feedback: FeedbackTiming) {
      await request(TeacherUpdateAssignment, { assignmentId: id(), dueAt, feedback });
      await reload();
    },
  };
}
