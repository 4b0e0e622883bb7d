// Where the server's draft problems ({ path, message }) go on the editor's page.
import { parsePath } from "./draft.js";

export interface Problem {
  path: string;
  message: string;
}

/** The element id of a field: `questions[2].choices[1].explanation` → `f-questions-2-choices-1-explanation`. */
export const fieldId = (path: string): string =>
  ["f", ...parsePath(path)].join("-").replace(/[^A-Za-z0-9_-]/g, "_");

/** The problems of exactly this field. */
export const problemsAt = (problems: readonly Problem[], path: string): Problem[] =>
  problems.filter((p) => p.path === path);

/** The problems of this field and everything inside it (an item's, a choice's). */
export const problemsUnder = (problems: readonly Problem[], path: string): Problem[] =>
  problems.filter(
    (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
  );

/**
 * The paths to look for a field at, nearest first: the path itself, then each containing one
 * (`questions[2].choices[1].explanation`, `questions[2].choices[1]`, `questions[2].choices`, …).
 */
export function pathCandidates(path: string): string[] {
  const out: string[] = [];
  let at = path;
  while (at) {
    out.push(at);
    const cut = Math.max(at.lastIndexOf("."), at.lastIndexOf("["));
    if (cut <= 0) break;
    at = at.slice(0, cut);
  }
  return out;
}

/** The id of the nearest field a problem belongs to among the ids on the page; null if none. */
export function nearestFieldId(path: string, has: (id: string) => boolean): string | null {
  for (const candidate of pathCandidates(path)) {
    const id = fieldId(candidate);
    if (has(id)) return id;
  }
  return null;
}

/** The item (0-based) a problem is about, or null for the set's own fields. */
export function itemIndexOf(path: string): number | null {
  const match = /^questions\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}

/** "Item 3: choice 2's explanation" style label for a problem's place. */
export function problemPlace(path: string): string {
  const parts = parsePath(path);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part === "questions" && typeof next === "number") {
      words.push(`Item ${next + 1}`);
      i += 1;
    } else if (typeof next === "number") {
      words.push(`${String(part).replace(/s$/, "")} ${next + 1}`);
      i += 1;
    } else if (typeof part === "string") words.push(part);
  }
  return words.join(" › ") || "The set";
}
