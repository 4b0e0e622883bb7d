// Attribution questions: the student marks each segment of the chosen paragraphs with its voice.
import { z } from "zod";
import type { ResolvedSpan } from "../check-context.js";
import type { OptionFields } from "../content-sync.sql.js";
import { findQuote } from "../resolve-quote.js";
import { id, paragraphNumber, questionBase, text } from "../schema-parts.js";
import type { QuestionAt, QuestionCommon, QuestionKindEntry } from "./question-kind.js";

export interface AttributionQuestionContent extends QuestionCommon {
  kind: "ATTRIBUTION";
  /** In the order the legend shows them (number keys pick them in this order). */
  voices: Array<{ id: string; label: string }>;
  /** In document order; `note` is the explanation. */
  segments: Array<ResolvedSpan & { voice: string }>;
}

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal("ATTRIBUTION"),
  voices: z
    .array(z.strictObject({ id, label: text }))
    .min(2)
    .max(9, "at most 9 voices (number keys 1–9 pick them)"),
  segments: z
    .array(
      z.strictObject({
        paragraph: paragraphNumber,
        // Not trimmed: the quote must match the document character for character.
        quote: z.string().min(1, "must not be empty"),
        occurrence: z.number().int().min(1).default(1),
        voice: id,
        explanation: text,
      }),
    )
    .min(2),
});

type Input = z.infer<typeof schema>;

export const attribution: QuestionKindEntry<typeof schema, AttributionQuestionContent> = {
  schema,
  check(at, q, common) {
    at.ctx.localIds(at.file, `${at.path}.voices`, q.voices, "voice");
    checkVoices(at, q);
    const resolved = at.ctx.targets(
      at.file,
      `${at.path}.segments`,
      q.segments.map((s) => ({ ...s, note: s.explanation })),
      at.doc,
      q.paragraphs,
    );
    // ctx.targets drops the segments it reports, so each span finds its segment by where it starts.
    const where = q.segments.map((s) => {
      const found = findQuote(at.doc?.paragraphs.get(s.paragraph) ?? "", s.quote, s.occurrence);
      return found.ok ? `${s.paragraph}:${found.start}` : null;
    });
    const indexOf = (span: ResolvedSpan) => where.indexOf(`${span.paragraphNumber}:${span.start}`);
    const segments = resolved
      .map((span) => ({ ...span, voice: q.segments[indexOf(span)]!.voice }))
      .sort((a, b) => a.paragraphNumber - b.paragraphNumber || a.start - b.start);
    checkOverlaps(at, segments, indexOf);
    return {
      ...common,
      kind: q.kind,
      voices: q.voices.map((v) => ({ id: v.id, label: v.label })),
      segments,
    };
  },
  store(question) {
    // Voices keep their authored order (the legend's); segments their place in the document.
    const voices: OptionFields[] = question.voices.map((voice, index) => ({
      role: "VOICE",
      contentKey: voice.id,
      displayPosition: index + 1,
      text: voice.label,
      correct: null,
      keyPosition: null,
      partnerKey: null,
      explanation: null,
    }));
    const segments: OptionFields[] = question.segments.map((segment) => ({
      role: "SEGMENT",
      contentKey: `p${segment.paragraphNumber}-${segment.start}-${segment.end}`,
      displayPosition: 0,
      text: segment.quote,
      correct: null,
      keyPosition: null,
      partnerKey: segment.voice,
      explanation: segment.note,
      span: { paragraphNumber: segment.paragraphNumber, start: segment.start, end: segment.end },
    }));
    segments.forEach((segment, index) => (segment.displayPosition = index + 1));
    return { options: [...voices, ...segments] };
  },
};

function checkVoices({ ctx, file, path }: QuestionAt, q: Input): void {
  const voices = new Set(q.voices.map((v) => v.id));
  q.segments.forEach((s, i) => {
    if (!voices.has(s.voice))
      ctx.report(
        file,
        `${path}.segments[${i}].voice`,
        `unknown voice "${s.voice}" (voices: ${[...voices].join(", ")})`,
      );
  });
}

function checkOverlaps(
  { ctx, file, path }: QuestionAt,
  sorted: ReadonlyArray<ResolvedSpan>,
  indexOf: (span: ResolvedSpan) => number,
): void {
  for (let i = 1; i < sorted.length; i += 1) {
    const before = sorted[i - 1]!;
    const span = sorted[i]!;
    if (span.paragraphNumber === before.paragraphNumber && span.start < before.end)
      ctx.report(
        file,
        `${path}.segments[${indexOf(span)}].quote`,
        `overlaps segments[${indexOf(before)}] ("${before.quote}") in ¶${span.paragraphNumber}`,
      );
  }
}
