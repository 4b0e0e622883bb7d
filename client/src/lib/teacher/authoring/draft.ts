// Pure editing helpers over a question-set draft (the JSON of a lessons/question-sets/ file).
// Every helper returns a new draft; the old one is left as it was.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type DraftQuestion = Record<string, Json>;
export interface Draft {
  [key: string]: Json;
}

/** `questions[2].choices[1].explanation` → ["questions", 2, "choices", 1, "explanation"]. */
export function parsePath(path: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    parts.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return parts;
}

/** The value at a path, or undefined. */
export function getIn(value: unknown, path: string): unknown {
  let at = value;
  for (const part of parsePath(path)) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string | number, unknown>)[part];
  }
  return at;
}

/** A copy of `value` with `path` set (undefined removes the field); containers on the way are copied. */
export function setIn<T>(value: T, path: string | Array<string | number>, next: unknown): T {
  const parts = typeof path === "string" ? parsePath(path) : path;
  if (parts.length === 0) return next as T;
  const [head, ...rest] = parts;
  const container = (
    Array.isArray(value)
      ? [...value]
      : value && typeof value === "object"
        ? { ...value }
        : typeof head === "number"
          ? []
          : {}
  ) as Record<string | number, unknown>;
  const inner = setIn(container[head!], rest, next);
  if (inner === undefined && !Array.isArray(container)) delete container[head!];
  else container[head!] = inner;
  return container as T;
}

/** A copy of the list at `path` with the entry at `from` moved to `to` (clamped). */
export function moveIn<T>(value: T, path: string, from: number, to: number): T {
  const list = [...((getIn(value, path) as unknown[]) ?? [])];
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return value;
  const [moved] = list.splice(from, 1);
  list.splice(target, 0, moved);
  return setIn(value, path, list);
}

/** A copy with the entry at `index` of the list at `path` removed. */
export function removeIn<T>(value: T, path: string, index: number): T {
  const list = (getIn(value, path) as unknown[]) ?? [];
  return setIn(
    value,
    path,
    list.filter((_, at) => at !== index),
  );
}

/** A copy with `entry` appended to the list at `path`. */
export function appendIn<T>(value: T, path: string, entry: unknown): T {
  return setIn(value, path, [...((getIn(value, path) as unknown[]) ?? []), entry]);
}

export const questionsOf = (draft: Draft | null | undefined): DraftQuestion[] =>
  Array.isArray(draft?.questions) ? (draft.questions as DraftQuestion[]) : [];

/** A kebab-case id starting with `base` that none of `taken` has. */
export function freshId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export const AUTHORED_KINDS = [
  "SINGLE_CHOICE",
  "MULTIPLE_CHOICE",
  "SHORT_ANSWER",
  "EVIDENCE",
  "ORDERING",
  "MATCHING",
  "REFLECTION",
  "ATTRIBUTION",
] as const;
export type AuthoredKind = (typeof AUTHORED_KINDS)[number];

export const KIND_LABELS: Record<AuthoredKind, string> = {
  SINGLE_CHOICE: "Single choice",
  MULTIPLE_CHOICE: "Multiple choice",
  SHORT_ANSWER: "Short answer",
  EVIDENCE: "Evidence from the text",
  ORDERING: "Ordering",
  MATCHING: "Matching",
  REFLECTION: "Reflection",
  ATTRIBUTION: "Voices (attribution)",
};

/** A new item of a kind, to fill in: the server lists what is still missing as problems. */
export function newQuestion(kind: AuthoredKind, taken: Iterable<string>): DraftQuestion {
  const base: DraftQuestion = {
    id: freshId("item", taken),
    kind,
    skill: "CLOSE_READING",
    points: 1,
    paragraphs: [1],
    prompt: "",
    explanation: "",
  };
  const choice = (id: string, correct: boolean) => ({ id, text: "", correct, explanation: "" });
  switch (kind) {
    case "SINGLE_CHOICE":
      return { ...base, choices: [choice("a", true), choice("b", false)] };
    case "MULTIPLE_CHOICE":
      return { ...base, choices: [choice("a", true), choice("b", true), choice("c", false)] };
    case "SHORT_ANSWER":
      return { ...base, maxLength: 200, acceptedAnswers: [""] };
    case "EVIDENCE":
      return {
        ...base,
        prompt: "Select one passage that supports the claim.",
        claim: "",
        stance: "supports",
        minSelections: 1,
        maxSelections: 1,
        targets: [],
      };
    case "ORDERING":
      return {
        ...base,
        items: [
          { id: "first", text: "" },
          { id: "second", text: "" },
          { id: "third", text: "" },
        ],
      };
    case "MATCHING":
      return {
        ...base,
        left: [{ id: "l1", text: "" }],
        right: [{ id: "r1", text: "" }],
        pairs: [{ left: "l1", right: "r1" }],
      };
    case "REFLECTION": {
      const { paragraphs: _p, explanation: _e, ...rest } = base;
      return { ...rest, points: 0, maxLength: 1500 };
    }
    case "ATTRIBUTION":
      return { ...base, voices: [], segments: [] };
  }
}

/** Reads a comma- or space-separated list of paragraph numbers ("1, 3 4"). */
export function parseNumbers(text: string): number[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

/** Lines of a textarea as a list, blank lines dropped. */
export const parseLines = (text: string): string[] =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/** A new exercise of a set, to fill in (lessons/exercises/*.yaml without its document). */
export function newExercise(slug: string): DraftQuestion {
  return {
    slug,
    title: "",
    skill: "SOURCING",
    prompt: "",
    guidance: "",
    paragraphs: [1],
    claims: [],
    minEvidence: 1,
    evidencePoints: 2,
    modelEvidence: [],
    rubric: [],
    exemplars: [],
  };
}

/** The historical skills an item or exercise practises, for a list to choose from. */
export const SKILL_OPTIONS = [
  { value: "SOURCING", label: "Sourcing" },
  { value: "CLOSE_READING", label: "Close reading" },
  { value: "CONTEXTUALIZATION", label: "Contextualization" },
  { value: "CORROBORATION", label: "Corroboration" },
] as const;
