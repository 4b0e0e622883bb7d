// The catalogue of misconceptions (lessons/misconceptions.yaml) and the tags that name them: every
// distractor (a wrong choice, a wrong matching pair, a wrong order, a common wrong short answer)
// names the catalogue entry it encodes. Pure: the loader reads the file.
import { z } from "zod";
import type { ContentProblem } from "../content-problems.js";
import { id, skill, text } from "./schema-parts.js";

export const MISCONCEPTIONS_FILE = "misconceptions.yaml";

const entry = z.strictObject({
  id,
  /** A short name a teacher recognises ("Brackets are 1957 handwriting"). */
  name: text,
  /** What the student believes, in the student's terms. */
  belief: text,
  /** The historical-thinking habit the misreading shows missing. */
  habit: skill,
  /** How to reteach it, in 1–3 sentences. */
  reteach: text,
});

export const misconceptionsFile = z.strictObject({
  /** The document whose ¶N the entries cite. */
  document: id,
  misconceptions: z.array(entry).min(1, "list at least one misconception"),
});

export type LoadedMisconception = z.infer<typeof entry>;

/** The catalogue's ids, and which of them the content uses (for the unused-entry check). */
export class MisconceptionTags {
  private readonly known: Map<string, LoadedMisconception>;
  readonly used = new Set<string>();

  constructor(
    readonly entries: readonly LoadedMisconception[],
    /** Where the catalogue is, for messages. */
    readonly file: string,
    /** False when the catalogue is missing or invalid: unknown ids are then not reported again. */
    readonly valid: boolean,
  ) {
    this.known = new Map(entries.map((e) => [e.id, e]));
  }

  /** Checks one tag; returns the id, or null after reporting an unknown one. */
  tag(report: (message: string) => void, misconception: string): string | null {
    this.used.add(misconception);
    if (this.known.has(misconception)) return misconception;
    if (this.valid) report(`unknown misconception "${misconception}" (not in ${this.file})`);
    return null;
  }
}

/** Duplicate ids in the catalogue, by field path. */
export function checkCatalogue(
  file: string,
  entries: readonly LoadedMisconception[],
): ContentProblem[] {
  const seen = new Map<string, number>();
  const problems: ContentProblem[] = [];
  entries.forEach((e, i) => {
    const first = seen.get(e.id);
    if (first !== undefined)
      problems.push({
        file,
        path: `misconceptions[${i}].id`,
        message: `duplicate id "${e.id}" (already misconceptions[${first}])`,
      });
    else seen.set(e.id, i);
  });
  return problems;
}

/**
 * `npm run content:check` only: a catalogue entry no distractor names is an error, because the
 * teacher's ranking could never show it (move it in when an item probes it). The server accepts
 * it, so a catalogue written ahead of its items still starts.
 */
export function unusedMisconceptions(
  file: string,
  entries: readonly LoadedMisconception[],
  used: ReadonlySet<string>,
): ContentProblem[] {
  return entries.flatMap((e, i) =>
    used.has(e.id)
      ? []
      : [
          {
            file,
            path: `misconceptions[${i}]`,
            message: `"${e.id}" is named by no distractor (tag a choice, pair, order or wrong answer with it, or remove it)`,
          },
        ],
  );
}
