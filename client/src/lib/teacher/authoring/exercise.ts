// The parts of an exercise in a draft (lessons/exercises/*.yaml), as the editor's forms read them.

/** A rubric criterion: its levels are listed from the lowest score to the highest. */
export interface RubricCriterion {
  id: string;
  title: string;
  description: string;
  levels: Array<{ score: number; label: string; descriptor: string }>;
}
