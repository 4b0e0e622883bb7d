import type {
  LoadedContent,
  LoadedExercise,
  LoadedQuestion,
} from "../../server/src/content/lessons/content.types.js";

/** A whole lesson as a student's client reads it. */
export const PLAYER_LESSON = /* GraphQL */ `
  query Player($slug: String!) {
    lesson(slug: $slug) {
      id
      slug
      steps {
        kind
        questionSet {
          questions {
            id
            kind
            prompt
            ... on ChoiceQuestion {
              choices {
                id
                text
              }
            }
            ... on OrderingQuestion {
              items {
                id
                text
              }
            }
            ... on MatchingQuestion {
              left {
                id
                text
              }
              right {
                id
                text
              }
            }
            ... on EvidenceQuestion {
              minSelections
              maxSelections
            }
            ... on AttributionQuestion {
              segments {
                id
                paragraphNumber
                start
                end
                text
              }
              voices {
                id
                label
              }
            }
          }
        }
        exercise {
          id
          slug
          claims {
            id
            text
          }
          minEvidence
        }
      }
    }
  }
`;

export interface ServedItem {
  id: string;
  kind: string;
  prompt?: string;
  slug?: string;
  choices?: Array<{ id: string; text: string }>;
  items?: Array<{ id: string; text: string }>;
  left?: Array<{ id: string; text: string }>;
  right?: Array<{ id: string; text: string }>;
  claims?: Array<{ id: string; text: string }>;
  segments?: Array<{ id: string; paragraphNumber: number; start: number; end: number }>;
  voices?: Array<{ id: string; label: string }>;
}

/** Every item of a served lesson, questions and exercises, in order. */
export function servedItems(lesson: any): ServedItem[] {
  return lesson.steps.flatMap((step: any) =>
    step.questionSet
      ? step.questionSet.questions
      : step.exercise
        ? [{ ...step.exercise, kind: "EXERCISE" }]
        : [],
  );
}

const idOf = (options: Array<{ id: string; text: string }>, text: string) =>
  options.find((o) => o.text === text)!.id;

/** The authored item behind a served one. */
export function authoredItem(
  content: LoadedContent,
  item: ServedItem,
): LoadedQuestion | LoadedExercise {
  if (item.kind === "EXERCISE") return content.exercises.find((e) => e.slug === item.slug)!;
  return content.questionSets.flatMap((s) => s.questions).find((q) => q.prompt === item.prompt)!;
}

/** The fully right answer to a served item, built from the authored key. */
export function rightAnswer(content: LoadedContent, item: ServedItem): Record<string, unknown> {
  if (item.kind === "EXERCISE") {
    const exercise = authoredItem(content, item) as LoadedExercise;
    return {
      evidence: exercise.modelEvidence.map(({ paragraphNumber, start, end }) => ({
        paragraphNumber,
        start,
        end,
      })),
      ...(item.claims!.length > 0 ? { claimId: item.claims![0]!.id } : { claim: "My own claim." }),
      text: "My reasoning, citing the passages I selected.",
    };
  }
  const authored = authoredItem(content, item) as LoadedQuestion;
  switch (authored.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE":
      return {
        choiceIds: authored.choices
          .filter((c) => c.correct)
          .map((c) => idOf(item.choices!, c.text)),
      };
    case "SHORT_ANSWER":
      return {
        text: authored.acceptedAnswers[0] ?? "A thoughtful answer for the teacher to read.",
      };
    case "ORDERING":
      return { order: authored.items.map((i) => idOf(item.items!, i.text)) };
    case "MATCHING":
      return {
        pairs: authored.pairs.map((p) => ({
          leftId: idOf(item.left!, authored.left.find((l) => l.id === p.left)!.text),
          rightId: idOf(item.right!, authored.right.find((r) => r.id === p.right)!.text),
        })),
      };
    case "EVIDENCE":
      return {
        evidence: authored.targets
          .filter((t) => t.role !== "ACCEPTABLE")
          .slice(0, authored.maxSelections)
          .map(({ paragraphNumber, start, end }) => ({ paragraphNumber, start, end })),
      };
    case "REFLECTION":
      return { text: "What I think now, in my own words." };
    case "ATTRIBUTION":
      return {
        attributions: authored.segments.map((s) => ({
          segmentId: item.segments!.find(
            (served) => served.paragraphNumber === s.paragraphNumber && served.start === s.start,
          )!.id,
          voiceId: item.voices!.find(
            (v) => v.label === authored.voices.find((voice) => voice.id === s.voice)!.label,
          )!.id,
        })),
      };
  }
}
