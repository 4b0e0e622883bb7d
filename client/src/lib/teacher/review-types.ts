import type { PassageTexts } from "../questions/documents.js";
import type { TeacherAssignmentQuery } from "../../api/generated/graphql.js";

export type TeacherAssignment = NonNullable<TeacherAssignmentQuery["assignment"]>;
export type TeacherAttempt = TeacherAssignment["attempts"][number];
export type TeacherResponse = TeacherAttempt["responses"][number];
export type ItemKey = NonNullable<TeacherAssignment["review"]>["items"][number];
export type ItemStatistic = TeacherAssignment["itemStatistics"][number];
/** One misconception the class showed, with its students and items (most students first). */
export type MisconceptionCount = TeacherAssignment["misconceptions"][number];
export type StudentAnswer = TeacherResponse["answer"];
export type RubricCriterion = {
  id: string;
  title: string;
  description: string;
  levels: Array<{ score: number; label: string; descriptor: string }>;
};
export type RubricScores = Array<{ criterionId: string; score: number }>;
/** A teacher's judgement: rubric levels for an exercise, points for anything else. */
export type ScoreInput = { rubricScores?: RubricScores; score?: number; comment: string };

/** What turns ids and offsets in answers into words: option texts, claims, rubrics, paragraphs. */
export interface ReviewContext {
  optionText: Map<string, string>;
  claimText: Map<string, string>;
  rubrics: Map<string, RubricCriterion[]>;
  /** The lesson's document's paragraphs, with the other documents its items offer. */
  paragraphs: PassageTexts;
}
