// Checks of the evidence model (see server/src/grading/evidence-overlap.ts for the scoring): an
// item's instructions can earn full credit at their lower bound, each listed position of an
// exercise can reach full evidence marks, and every passage the item's own text quotes from its
// offered paragraphs is a key or acceptable passage, so no key penalises it. Pure.
import type {
  CheckContext,
  CheckedSource,
  DocumentParagraphs,
  ResolvedSpan,
} from "./check-context.js";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const count = (word: string) => NUMBER_WORDS[word.toLowerCase()] ?? Number.parseInt(word, 10);

/** "Select two to four passages" → {2, 4}; "Select three passages" → {3, 3}; null where the text names no count. */
export function instructedRange(text: string): { lower: number; upper: number } | null {
  const m =
    /\b(?:select|choose|mark|tick)\s+(\w+)(?:\s*(?:to|or|–|-)\s*(\w+))?\s+(?:\w+\s+)?(?:passages?|quotations?|phrases?)\b/i.exec(
      text,
    );
  if (!m) return null;
  const lower = count(m[1]!);
  const upper = m[2] === undefined ? lower : count(m[2]);
  return Number.isFinite(lower) && Number.isFinite(upper) ? { lower, upper } : null;
}

/**
 * Instructions in `text` that ask for fewer passages than full credit needs (`minimum`: below it
 * the credit is scaled down), or more than the item accepts (`maximum`).
 */
export function checkInstructions(
  ctx: CheckContext,
  file: string,
  path: string,
  text: string,
  minimum: number,
  maximum: number | null,
): void {
  const range = instructedRange(text);
  if (!range) return;
  if (range.lower < minimum)
    ctx.report(
      file,
      path,
      `the instructions ask for ${range.lower} passage(s) at least, but full credit needs ${minimum}: an answer at the lower bound cannot earn full credit`,
    );
  if (maximum !== null && range.upper > maximum)
    ctx.report(
      file,
      path,
      `the instructions allow ${range.upper} passages, but the item accepts at most ${maximum}`,
    );
}

/** Each model passage names only listed claims, and each claim can reach full evidence marks. */
export function checkExerciseClaims(
  ctx: CheckContext,
  file: string,
  claims: ReadonlyArray<{ id: string }>,
  modelEvidence: ReadonlyArray<{ claims?: string[] | undefined }>,
  acceptable: readonly ResolvedSpan[],
  minEvidence: number,
): void {
  const ids = new Set(claims.map((c) => c.id));
  modelEvidence.forEach((m, i) =>
    m.claims?.forEach((c, j) => {
      if (!ids.has(c))
        ctx.report(
          file,
          `modelEvidence[${i}].claims[${j}]`,
          ids.size === 0
            ? `the exercise lists no claims, so no passage can serve "${c}"`
            : `no claim "${c}" in claims`,
        );
    }),
  );
  const standIns = acceptable.filter((a) => a.countsForRecall).length;
  const needed = Math.max(1, minEvidence);
  for (const claim of claims) {
    const own = modelEvidence.filter((m) => !m.claims || m.claims.includes(claim.id)).length;
    if (own + standIns < needed)
      ctx.report(
        file,
        "modelEvidence",
        `claim "${claim.id}" has ${own} model passage(s) (tagged with it or untagged) and ${standIns} acceptable one(s) counting for recall, but full evidence marks need ${needed}`,
      );
  }
}

/** Both lists resolved: an acceptable passage that repeats a key passage is reported. */
export function checkAcceptable(
  ctx: CheckContext,
  file: string,
  path: string,
  key: readonly ResolvedSpan[],
  acceptable: readonly ResolvedSpan[],
): void {
  acceptable.forEach((a, i) => {
    if (key.some((k) => samePlace(k, a) && k.start === a.start && k.end === a.end))
      ctx.report(file, `${path}[${i}]`, "the same passage is already a key passage");
  });
}

const samePlace = (x: ResolvedSpan, y: ResolvedSpan) =>
  x.paragraphNumber === y.paragraphNumber && x.documentSlug === y.documentSlug;

// A quotation in prose: straight or curly double quotes, at least three words inside.
const QUOTED = /["“]([^"“”]{12,400}?)["”]/g;

/**
 * Quotations in the item's own prose that lie exactly in its offered paragraphs, but overlap no key
 * or acceptable passage: the text points students to words the key would count against them.
 */
export function checkQuotedPassages(
  ctx: CheckContext,
  file: string,
  texts: ReadonlyArray<{ path: string; text: string }>,
  own: DocumentParagraphs | null,
  ownParagraphs: readonly number[],
  sources: readonly CheckedSource[],
  passages: readonly ResolvedSpan[],
): void {
  if (!own) return;
  const offered = [
    { slug: null as string | null, doc: own, numbers: ownParagraphs },
    ...sources.map((s) => ({ slug: s.documentSlug, doc: s.doc, numbers: s.paragraphNumbers })),
  ];
  for (const { path, text } of texts) {
    for (const match of text.matchAll(QUOTED)) {
      for (const fragment of match[1]!.replace(/\s+/g, " ").split(/…|\.\.\./)) {
        const quote = fragment.trim().replace(/^[,;:]\s*/, "");
        if (quote.split(/\s+/).length < 3) continue;
        for (const { slug, doc, numbers } of offered) {
          for (const n of numbers) {
            const paragraph = doc.paragraphs.get(n);
            const start = paragraph?.indexOf(quote) ?? -1;
            if (start < 0) continue;
            const end = start + quote.length;
            const covered = passages.some(
              (p) =>
                p.documentSlug === slug &&
                p.paragraphNumber === n &&
                p.start < end &&
                start < p.end,
            );
            if (!covered)
              ctx.report(
                file,
                path,
                `quotes ¶${n}${slug ? ` of "${slug}"` : ""} "${quote}", which is neither a key nor an acceptable passage: a student who follows the text would be penalised (add it to acceptable, or to the key)`,
              );
          }
        }
      }
    }
  }
}
