import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Misconception } from "../questions/misconceptions.types.js";
import { Document } from "../documents/documents.types.js";
import { AttributionSegment, Voice } from "../questions/kinds/attribution.types.js";
import { Choice } from "../questions/questions.types.js";
import { DistractorKey } from "./misconceptions.types.js";

// Teacher-only types: answer keys, explanations, model evidence and exemplars. They are reached
// only through Assignment.review, which answers null to anyone but the class's teacher.

@ObjectType()
export class ChoiceKey {
  @Field(() => ID) choiceId!: string;
  @Field(() => String) text!: string;
  @Field(() => Boolean) correct!: boolean;
  @Field(() => String, {
    description: "Why it is right, or which misreading it reflects (Markdown).",
  })
  explanation!: string;
  @Field(() => Misconception, {
    nullable: true,
    description: "A wrong choice: the misconception it encodes (null for a right choice).",
  })
  misconception!: Misconception | null;
}

@ObjectType()
export class PairKey {
  @Field(() => Choice) left!: Choice;
  @Field(() => Choice) right!: Choice;
  @Field(() => String, { nullable: true }) explanation!: string | null;
}

export enum EvidencePassageRole {
  KEY = "KEY",
  ACCEPTABLE = "ACCEPTABLE",
}
registerEnumType(EvidencePassageRole, {
  name: "EvidencePassageRole",
  description:
    "KEY: full recall needs enough of these. ACCEPTABLE: defensible; choosing it never lowers precision and is never called unsupported.",
});

@ObjectType()
export class TargetPassage {
  @Field(() => String, {
    description: "The document the passage lies in: the item's own, or another it offers.",
  })
  documentSlug!: string;
  @Field(() => Document, { description: "The document the passage lies in." })
  document!: Document;
  @Field(() => Int) paragraphNumber!: number;
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String) quote!: string;
  @Field(() => String, { description: "Why the passage matters." }) note!: string;
  @Field(() => EvidencePassageRole, {
    description: "A key passage, or an acceptable one beyond the key.",
  })
  role!: EvidencePassageRole;
  @Field(() => Boolean, {
    description: "An acceptable passage that may stand in for a key passage toward recall.",
  })
  countsForRecall!: boolean;
  @Field(() => [Choice], {
    description:
      "Exercises: the positions this model passage serves (a student choosing one of them is scored against it); empty: every position needs it.",
  })
  claims!: Choice[];
}

@ObjectType({ description: "Attribution questions: one segment and the voice it belongs to." })
export class AttributionKey {
  @Field(() => AttributionSegment) segment!: AttributionSegment;
  @Field(() => Voice) voice!: Voice;
  @Field(() => String, { description: "Why the words are that voice's, citing ¶N (Markdown)." })
  explanation!: string;
}

@ObjectType()
export class ExemplarLevel {
  @Field(() => ID) criterionId!: string;
  @Field(() => Int) score!: number;
}

@ObjectType()
export class Exemplar {
  @Field(() => String) title!: string;
  @Field(() => String, {
    nullable: true,
    description: "The position the exemplar takes, where the exercise offers positions.",
  })
  claim!: string | null;
  @Field(() => [ExemplarLevel]) levels!: ExemplarLevel[];
  @Field(() => String) text!: string;
  @Field(() => String, { description: "What a teacher should notice." }) commentary!: string;
}

@ObjectType({
  description: "Teacher only: the key to one question or exercise of an assigned lesson.",
})
export class ItemReview {
  @Field(() => ID, { description: "The Question.id or Exercise.id." }) itemId!: string;
  @Field(() => String) kind!: string;
  @Field(() => String) prompt!: string;
  @Field(() => Float) points!: number;
  @Field(() => String, {
    description: "The item's explanation (Markdown), shown to students with feedback.",
  })
  explanation!: string;
  @Field(() => [ChoiceKey]) choices!: ChoiceKey[];
  @Field(() => [Choice], { description: "Ordering: the items in the right order." })
  order!: Choice[];
  @Field(() => [PairKey]) pairs!: PairKey[];
  @Field(() => [String]) acceptedAnswers!: string[];
  @Field(() => String, {
    nullable: true,
    description:
      "Teacher-scored short answers: what earns each score (Markdown, teachers only); null where the content gives none.",
  })
  scoringGuide!: string | null;
  @Field(() => [TargetPassage], {
    description: "Evidence questions: the key passages. Exercises: the model evidence.",
  })
  targets!: TargetPassage[];
  @Field(() => [AttributionKey], {
    description: "Attribution questions: each segment in document order with its voice.",
  })
  attributions!: AttributionKey[];
  @Field(() => [Exemplar]) exemplars!: Exemplar[];
  @Field(() => [String], {
    description:
      "Teacher guide: the misreadings this item probes (plain text). Empty where the content names none.",
  })
  misconceptions!: string[];
  @Field(() => [DistractorKey], {
    description:
      "Every tagged distractor (choices, pairs, orders, wrong answers) and its misconception.",
  })
  distractors!: DistractorKey[];
}

@ObjectType({ description: "Teacher only: one step of a lesson in the teacher guide." })
export class StepTiming {
  @Field(() => ID, { description: "The LessonStep.id." }) stepId!: string;
  @Field(() => Int) position!: number;
  @Field(() => String) title!: string;
  @Field(() => Int, {
    nullable: true,
    description: "Suggested minutes in class; null where the content gives none.",
  })
  minutes!: number | null;
}

@ObjectType({
  description: "Teacher only: the keys of an assigned lesson, for reviewing and grading.",
})
export class AssignmentReview {
  @Field(() => [ItemReview]) items!: ItemReview[];
  @Field(() => [StepTiming], {
    description: "Teacher guide: each step's suggested time, in order.",
  })
  steps!: StepTiming[];
  @Field(() => Int, {
    nullable: true,
    description: "Teacher guide: the steps' minutes added up; null unless every step has some.",
  })
  totalMinutes!: number | null;
}
