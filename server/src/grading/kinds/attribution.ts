// Attribution questions: the student marks each segment of the document with its voice. Pure: no I/O.
//
// points × (segments given their key voice / segments); a segment's one voice counts, a segment
// left unmarked counts as wrong. Unanswered (no attributions): score 0, correct false.
import { badUserInput } from "../../core/errors.js";
import { decodeId } from "../../core/ids.js";
import {
  blocks,
  escapeMarkdown,
  excerpt,
  headline,
  list,
  withNote,
  type Outcome,
} from "../feedback.js";
import { roundScore } from "../score-math.js";
import type { ItemFacts, KindUnit, Span } from "../types.js";

export interface Attribution {
  segmentId: string;
  voiceId: string;
}

export interface AttributionSegmentKey extends Span {
  id: string;
  /** The segment's words (its quote). */
  text: string;
  /** The voice the words belong to. */
  voiceId: string;
  explanation: string;
}

export interface AttributionKey {
  kind: "ATTRIBUTION";
  points: number;
  explanation: string;
  voices: Array<{ id: string; label: string }>;
  /** In document order. */
  segments: AttributionSegmentKey[];
}

export interface AttributionFields {
  attributions?: Attribution[] | null;
}

/** The voice the student gave each segment. */
export const chosenVoices = (attributions: readonly Attribution[]): Map<string, string> =>
  new Map(attributions.map((a) => [a.segmentId, a.voiceId]));

/** Share of the key's segments the student gave their key voice. */
export function attributionCredit(
  key: AttributionKey,
  attributions: readonly Attribution[],
): number {
  if (key.segments.length === 0) return 1;
  const chosen = chosenVoices(attributions);
  return key.segments.filter((s) => chosen.get(s.id) === s.voiceId).length / key.segments.length;
}

/** "Segment 3, ¶5 "…"": a quote already in quotation marks is not quoted again. */
function segmentLabel(segment: AttributionSegmentKey, index: number): string {
  const words = excerpt(segment.text, 60);
  const quoted = /^".*"$/s.test(words) ? words : `"${words}"`;
  return `Segment ${index + 1}, ¶${segment.paragraphNumber} ${escapeMarkdown(quoted)}`;
}

/** Feedback: every segment with its voice, marked with what the student chose, and why. */
export function attributionMessage(
  key: AttributionKey,
  chosen: ReadonlyMap<string, string>,
  outcome: Outcome,
): string {
  const label = new Map(key.voices.map((v) => [v.id, v.label]));
  const lines = key.segments.map((segment, index) => {
    const choice = chosen.get(segment.id);
    const mark =
      choice === segment.voiceId
        ? "✓ you marked this"
        : choice === undefined
          ? "✗ you left this unmarked"
          : `✗ you chose: ${escapeMarkdown(label.get(choice) ?? "another voice")}`;
    const voice = escapeMarkdown(label.get(segment.voiceId) ?? "");
    return withNote(`- ${segmentLabel(segment, index)}: ${voice} (${mark})`, segment.explanation);
  });
  const right = key.segments.filter((s) => chosen.get(s.id) === s.voiceId).length;
  return blocks(
    headline(outcome, key.points),
    outcome.answered && `${right} of ${key.segments.length} segments have the right voice.`,
    key.explanation,
    list("Each segment's voice:", lines),
  );
}

/** Tries mode: which marked segments have a wrong voice, and which are unmarked; never the right voices. */
export function attributionHint(
  key: AttributionKey,
  chosen: ReadonlyMap<string, string>,
  outcome: Outcome,
): string {
  const label = new Map(key.voices.map((v) => [v.id, v.label]));
  const wrong = key.segments.flatMap((segment, index) => {
    const choice = chosen.get(segment.id);
    return choice !== undefined && choice !== segment.voiceId
      ? [
          `- ${segmentLabel(segment, index)}: not ${escapeMarkdown(label.get(choice) ?? "that voice")}`,
        ]
      : [];
  });
  const unmarked = key.segments.flatMap((segment, index) =>
    chosen.has(segment.id) ? [] : [`- ${segmentLabel(segment, index)}`],
  );
  const right = key.segments.filter((s) => chosen.get(s.id) === s.voiceId).length;
  return blocks(
    headline(outcome, key.points),
    outcome.answered && `${right} of ${key.segments.length} segments have the right voice.`,
    list("Segments with the wrong voice:", wrong),
    outcome.answered && list("Not marked yet:", unmarked),
  );
}

function parseAttributions(item: ItemFacts, attributions: readonly Attribution[]): Attribution[] {
  const seen = new Set<string>();
  return attributions.map((attribution, index) => {
    const segmentId = decodeId("AttributionSegment", attribution.segmentId);
    const voiceId = decodeId("Voice", attribution.voiceId);
    if (!segmentId || !item.options.SEGMENT.has(segmentId))
      throw badUserInput(
        "That is not a segment of this question.",
        `answer.attributions[${index}].segmentId`,
      );
    if (!voiceId || !item.options.VOICE.has(voiceId))
      throw badUserInput(
        "That is not a voice of this question.",
        `answer.attributions[${index}].voiceId`,
      );
    if (seen.has(segmentId))
      throw badUserInput(
        "Each segment can be given one voice.",
        `answer.attributions[${index}].segmentId`,
      );
    seen.add(segmentId);
    return { segmentId, voiceId };
  });
}

function outcomeOf(key: AttributionKey, attributions: readonly Attribution[]): Outcome {
  const credit = attributionCredit(key, attributions);
  return {
    answered: attributions.length > 0,
    score: roundScore(key.points * credit),
    correct: credit === 1,
  };
}

export const attribution: KindUnit<AttributionKey, AttributionFields> = {
  words: "an attribution question",
  fields: ["attributions"],
  parse(item, input) {
    const answer: AttributionFields = {};
    if (input.attributions != null)
      answer.attributions = parseAttributions(item, input.attributions);
    return answer;
  },
  fromStored(item) {
    const voiceByKey = new Map(item.options.VOICE.map((v) => [v.contentKey, v.id]));
    return {
      kind: "ATTRIBUTION",
      points: item.points,
      explanation: item.explanation,
      voices: item.options.VOICE.map((v) => ({ id: v.id, label: v.text })),
      segments: item.options.SEGMENT.map((s) => ({
        id: s.id,
        paragraphNumber: s.span!.paragraphNumber,
        start: s.span!.start,
        end: s.span!.end,
        text: s.text,
        voiceId: voiceByKey.get(s.partnerKey!)!,
        explanation: s.explanation ?? "",
      })),
    };
  },
  review(key) {
    const voices = new Map(key.voices.map((v) => [v.id, v]));
    return {
      attributions: key.segments.map((s) => ({
        segment: {
          id: s.id,
          paragraphNumber: s.paragraphNumber,
          start: s.start,
          end: s.end,
          text: s.text,
        },
        voice: voices.get(s.voiceId)!,
        explanation: s.explanation,
      })),
    };
  },
  score(key, answer) {
    const attributions = answer?.attributions ?? [];
    const outcome = outcomeOf(key, attributions);
    return {
      score: outcome.score,
      maxScore: key.points,
      correct: outcome.correct,
      needsReview: false,
      message: attributionMessage(key, chosenVoices(attributions), outcome),
      expected: {
        attributions: key.segments.map((s) => ({ segmentId: s.id, voiceId: s.voiceId })),
      },
    };
  },
  tries: 3,
  hint(key, answer) {
    const attributions = answer?.attributions ?? [];
    return attributionHint(key, chosenVoices(attributions), outcomeOf(key, attributions));
  },
};
