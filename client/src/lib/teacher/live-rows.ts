import {
  type CellState,
  cellState,
  type LiveGrid,
  whereabouts,
  type Whereabouts,
} from "./live-grid.js";

/** A column of the live grid: an item of the lesson, in lesson order. */
export interface LiveItem {
  itemId: string;
  /** Short: "Q1". */
  label: string;
  prompt: string;
}

export interface LiveRow {
  studentId: string;
  name: string;
  whereabouts: Whereabouts;
  /** One per item, in the items' order; null: not answered. */
  cells: Array<CellState | null>;
}

/** The grid's columns: each item numbered in lesson order. */
export const liveItems = (items: Array<{ itemId: string; prompt: string }>): LiveItem[] =>
  items.map((item, index) => ({
    itemId: item.itemId,
    label: `Q${index + 1}`,
    prompt: item.prompt,
  }));

/** The grid's rows: each student of the roster, with where they are and each item's state. */
export function liveRows(
  grid: LiveGrid,
  students: Array<{ studentId: string; name: string }>,
  items: LiveItem[],
  now: number,
): LiveRow[] {
  return students.map((student) => ({
    studentId: student.studentId,
    name: student.name,
    whereabouts: whereabouts(grid, student.studentId, now),
    cells: items.map((item) => cellState(grid, student.studentId, item.itemId)),
  }));
}
