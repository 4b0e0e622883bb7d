import { lessonOtherDocuments, passageTexts, type PassageTexts } from "../questions/documents.js";
/**
 * A student's own answer to one item, in words, for their results page: what they chose, wrote
 * and cited. Marked right or wrong only where their feedback already carries the key. Pure: no I/O.
 */
import type { PlayerAttempt } from "../../api/attempt.js";
import type { PlayerLesson } from "../../api/player.js";
import { quoted, shortQuote } from "../questions/attribution.js";
import { type AnswerLine, type AnswerSection, formatEvidence } from "../teacher/answers.js";

type Answer = PlayerAttempt["responses"][number]["answer"];
type Expected = Partial<
  NonNullable<NonNullable<PlayerAttempt["responses"][number]["feedback"]>["expected"]>
>;

/** What turns ids and offsets into words: every option's and claim's text, the paragraphs. */
export interface MyAnswerContext {
  optionText: Map<string, string>;
  /** The lesson's document's paragraphs, with the other documents its items offer. */
  paragraphs: PassageTexts;
}

export function myAnswerContext(lesson: PlayerLesson): MyAnswerContext {
  const optionText = new Map<string, string>();
  for (const step of lesson.steps) {
    for (const question of step.questionSet?.questions ?? [])
      for (const value of Object.values(question))
        if (Array.isArray(value))
          for (const option of value as Array<{ id?: unknown; text?: unknown }>)
            if (typeof option?.id === "string" && typeof option.text === "string")
              optionText.set(option.id, option.text);
            // Voices carry a label instead of a text.
            else if (
              typeof option?.id === "string" &&
              typeof (option as { label?: unknown }).label === "string"
            )
              optionText.set(option.id, (option as { label: string }).label);
    for (const claim of step.exercise?.claims ?? []) optionText.set(claim.id, claim.text);
  }
  return {
    optionText,
    paragraphs: passageTexts(
      new Map(lesson.document.paragraphs.map((p) => [p.number, p.text])),
      lesson.document.slug,
      lessonOtherDocuments(
        lesson.steps.flatMap((step) => [...(step.questionSet?.questions ?? []), step.exercise]),
      ),
    ),
  };
}

const text = (title: string, value: string | null | undefined, empty: string): AnswerSection => ({
  title,
  style: "text",
  lines: [{ text: value?.trim() || empty }],
});

const mark = (right: boolean | undefined): AnswerLine["mark"] =>
  right === undefined ? undefined : right ? "right" : "wrong";

/** The student's answer to an item of the given kind, as titled sections. */
export function myAnswerSections(
  kind: string,
  answer: Answer,
  context: MyAnswerContext,
  expected?: Expected | null,
): AnswerSection[] {
  const option = (id: string) =>
    context.optionText.get(id) ?? "(an option no longer in the lesson)";
  const passages = (answer.evidence ?? []).map((span) => ({
    text: formatEvidence(span, context.paragraphs),
  }));
  const evidence = (title: string): AnswerSection =>
    passages.length
      ? { title, style: "quotes", lines: passages }
      : text(title, null, "No passages chosen");
  switch (kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      const right = expected?.choiceIds ? new Set(expected.choiceIds) : null;
      const lines = (answer.choiceIds ?? []).map((id) => ({
        text: option(id),
        mark: mark(right ? right.has(id) : undefined),
      }));
      return [
        {
          title: "You chose",
          style: "list",
          lines: lines.length ? lines : [{ text: "Nothing chosen" }],
        },
      ];
    }
    case "ORDERING":
      return [
        {
          title: "Your order",
          style: "numbered",
          lines: (answer.order ?? []).map((id, index) => ({
            text: option(id),
            mark: mark(expected?.order ? expected.order[index] === id : undefined),
          })),
        },
      ];
    case "MATCHING": {
      const right = expected?.pairs
        ? new Set(expected.pairs.map((p) => `${p.leftId}|${p.rightId}`))
        : null;
      return [
        {
          title: "Your pairs",
          style: "list",
          lines: (answer.pairs ?? []).map((p) => ({
            text: `${option(p.leftId)} → ${option(p.rightId)}`,
            mark: mark(right ? right.has(`${p.leftId}|${p.rightId}`) : undefined),
          })),
        },
      ];
    }
    case "EVIDENCE":
      return [evidence("Passages you chose")];
    case "ATTRIBUTION": {
      const right = expected?.attributions
        ? new Map(expected.attributions.map((a) => [a.segmentId, a.voiceId]))
        : null;
      const lines = (answer.attributions ?? []).map((a) => ({
        text: `${quoted(shortQuote(option(a.segmentId)))}: ${option(a.voiceId)}`,
        mark: mark(right ? right.get(a.segmentId) === a.voiceId : undefined),
      }));
      return [
        {
          title: "Your voices",
          style: "list",
          lines: lines.length ? lines : [{ text: "No passage marked" }],
        },
      ];
    }
    case "EXERCISE": {
      const own = !answer.claimId && !!answer.claim?.trim();
      const facts = (answer.contextFacts ?? []).map((fact) => fact.trim());
      return [
        own
          ? text("Your own claim", answer.claim, "(no claim written)")
          : text(
              "Your claim",
              answer.claimId ? option(answer.claimId) : null,
              "(no position taken)",
            ),
        evidence("Your evidence"),
        ...(facts.some(Boolean)
          ? [
              {
                title: "Your context facts",
                style: "numbered" as const,
                lines: facts.map((fact) => ({ text: fact || "(left empty)" })),
              },
            ]
          : []),
        text("Your reasoning", answer.text, "(no reasoning written)"),
      ];
    }
    case "REFLECTION":
      return [text("Your reflection", answer.text, "(nothing written)")];
    default:
      return [text("Your answer", answer.text, "(left empty)")];
  }
}
