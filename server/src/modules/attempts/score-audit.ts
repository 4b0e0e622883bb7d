import type { Queryable } from "../../core/database.js";
import { auditValue, recordAudit } from "../audit/audit.service.js";
import type { AttemptRow } from "./attempts.sql.js";
import { type ResponseRow, selectItemLabel } from "./responses.sql.js";

/**
 * Records what a teacher's judgement changed, inside its transaction: the response's score
 * (the teacher's, else the machine's before) and each rubric criterion whose level moved. Only
 * numbers and the item's and criterion's names: never the answer or the comment.
 */
export async function recordScoreChanges(
  tx: Queryable,
  change: {
    attempt: AttemptRow;
    before: ResponseRow;
    after: ResponseRow;
    criterionTitles: ReadonlyMap<string, string>;
    actorId: string;
  },
): Promise<void> {
  const { attempt, before, after } = change;
  if (!attempt.classId) return;
  const entry = {
    actorId: change.actorId,
    classId: attempt.classId,
    assignmentId: attempt.assignmentId,
    studentId: attempt.studentId,
  };
  const item = await selectItemLabel(tx, before.itemId);
  const oldMarks = new Map((before.rubricScores ?? []).map((r) => [r.criterionId, r.score]));
  for (const mark of after.rubricScores ?? []) {
    const old = oldMarks.get(mark.criterionId);
    if (old === mark.score) continue;
    const title = change.criterionTitles.get(mark.criterionId) ?? mark.criterionId;
    await recordAudit(tx, {
      ...entry,
      action: "RUBRIC_MARK",
      field: `${item} · ${title}`,
      oldValue: auditValue.number(old),
      newValue: auditValue.number(mark.score),
    });
  }
  const oldScore = auditValue.number(before.teacherScore ?? before.autoScore);
  const newScore = auditValue.number(after.teacherScore);
  if (oldScore !== newScore || before.teacherScore === null)
    await recordAudit(tx, {
      ...entry,
      action: "SCORE",
      field: item,
      oldValue: oldScore,
      newValue: newScore,
    });
}
