// Matching questions: left items paired one to one with right items.
import { z } from "zod";
import type { OptionFields } from "../content-sync.sql.js";
import { id, questionBase, text } from "../schema-parts.js";
import {
  displayed,
  type LoadedDistractor,
  NO_DISTRACTOR_KEYS,
  type QuestionAt,
  type QuestionCommon,
  type QuestionKindEntry,
} from "./question-kind.js";

export interface MatchingQuestionContent extends QuestionCommon {
  kind: "MATCHING";
  left: Array<{ id: string; text: string }>;
  right: Array<{ id: string; text: string }>;
  pairs: Array<{ left: string; right: string; explanation: string | null }>;
}

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal("MATCHING"),
  left: z.array(z.strictObject({ id, text })).min(2),
  right: z.array(z.strictObject({ id, text })).min(2),
  pairs: z.array(z.strictObject({ left: id, right: id, explanation: text.optional() })).min(2),
  /** Common wrong pairs worth naming, each with the misconception it encodes. */
  distractors: z.array(z.strictObject({ left: id, right: id, misconception: id })).optional(),
});

export const matching: QuestionKindEntry<typeof schema, MatchingQuestionContent> = {
  schema,
  check(at, q, common) {
    checkPairs(at, q);
    return {
      ...common,
      distractors: wrongPairs(at, q),
      kind: q.kind,
      left: q.left,
      right: q.right,
      pairs: q.pairs.map((p) => ({
        left: p.left,
        right: p.right,
        explanation: p.explanation ?? null,
      })),
    };
  },
  store(question) {
    // Left items keep their authored order; the right side is shuffled.
    const pairs = new Map(question.pairs.map((pair) => [pair.left, pair]));
    const left: OptionFields[] = question.left.map((entry, index) => ({
      role: "LEFT",
      contentKey: entry.id,
      displayPosition: index + 1,
      text: entry.text,
      correct: null,
      keyPosition: null,
      partnerKey: pairs.get(entry.id)!.right,
      explanation: pairs.get(entry.id)!.explanation,
    }));
    const right = displayed(`${question.id}:right`, question.right, (entry) => ({
      role: "RIGHT",
      contentKey: entry.id,
      text: entry.text,
      correct: null,
      keyPosition: null,
      partnerKey: null,
      explanation: null,
    }));
    return { options: [...left, ...right] };
  },
};

function checkPairs({ ctx, file, path }: QuestionAt, q: z.infer<typeof schema>): void {
  const sides = new Map<string, "left" | "right">();
  for (const side of ["left", "right"] as const)
    q[side].forEach((e, j) => {
      if (sides.has(e.id))
        ctx.report(
          file,
          `${path}.${side}[${j}].id`,
          `duplicate id "${e.id}" (left and right ids share one namespace)`,
        );
      else sides.set(e.id, side);
    });
  const pairedLeft = new Map<string, number>();
  const pairedRight = new Map<string, number>();
  q.pairs.forEach((p, j) => {
    const at = `${path}.pairs[${j}]`;
    if (sides.get(p.left) !== "left") ctx.report(file, `${at}.left`, `no left item "${p.left}"`);
    else if (pairedLeft.has(p.left))
      ctx.report(
        file,
        `${at}.left`,
        `left item "${p.left}" is already paired (pairs[${pairedLeft.get(p.left)}])`,
      );
    else pairedLeft.set(p.left, j);
    if (sides.get(p.right) !== "right")
      ctx.report(file, `${at}.right`, `no right item "${p.right}"`);
    else if (pairedRight.has(p.right))
      ctx.report(
        file,
        `${at}.right`,
        `right item "${p.right}" is already paired (pairs[${pairedRight.get(p.right)}])`,
      );
    else pairedRight.set(p.right, j);
  });
  q.left.forEach((l, j) => {
    if (!pairedLeft.has(l.id))
      ctx.report(file, `${path}.left[${j}]`, `left item "${l.id}" is not paired`);
  });
}

/** The tagged wrong pairs: a left and a right of this item that the key does not pair. */
function wrongPairs(
  { ctx, file, path }: QuestionAt,
  q: z.infer<typeof schema>,
): LoadedDistractor[] {
  const lefts = new Set(q.left.map((l) => l.id));
  const rights = new Set(q.right.map((r) => r.id));
  const seen = new Set<string>();
  const out: LoadedDistractor[] = [];
  (q.distractors ?? []).forEach((d, j) => {
    const at = `${path}.distractors[${j}]`;
    if (!lefts.has(d.left)) ctx.report(file, `${at}.left`, `no left item "${d.left}"`);
    else if (!rights.has(d.right)) ctx.report(file, `${at}.right`, `no right item "${d.right}"`);
    else if (q.pairs.some((p) => p.left === d.left && p.right === d.right))
      ctx.report(file, at, `"${d.left}" → "${d.right}" is the key's own pair, not a distractor`);
    else if (seen.has(`${d.left} ${d.right}`))
      ctx.report(file, at, `"${d.left}" → "${d.right}" is listed twice`);
    else {
      seen.add(`${d.left} ${d.right}`);
      if (ctx.misconception(file, `${at}.misconception`, d.misconception))
        out.push({
          ...NO_DISTRACTOR_KEYS,
          misconception: d.misconception,
          leftKey: d.left,
          rightKey: d.right,
        });
    }
  });
  return out;
}
