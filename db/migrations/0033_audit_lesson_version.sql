-- Publishing a new version of a teacher's question set may move open assignments to it: the
-- audit trail records each move (LESSON_VERSION, old and new lesson slug).
ALTER TABLE audit_entries DROP CONSTRAINT audit_entries_action_check;
ALTER TABLE audit_entries ADD CONSTRAINT audit_entries_action_check CHECK (
  action IN (
    'SCORE',
    'RUBRIC_MARK',
    'DUE_DATE',
    'STUDENT_DUE_DATE',
    'FEEDBACK_TIMING',
    'JOIN_CODE_RESET',
    'SIGN_IN_CODE_RESET',
    'DELETED',
    'LESSON_VERSION'
  )
);
