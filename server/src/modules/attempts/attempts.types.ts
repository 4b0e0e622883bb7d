import { Field, Float, ID, Int, ObjectType, registerEnumType, Extensions } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { AnswerData } from "../../grading/index.js";
import type { AttemptRow } from "./attempts.sql.js";
import type { ResponseRow } from "./responses.sql.js";

export enum AttemptStatus {
  IN_PROGRESS = "IN_PROGRESS",
  SUBMITTED = "SUBMITTED",
}
registerEnumType(AttemptStatus, { name: "AttemptStatus" });

@ObjectType()
export class EvidenceSpan {
  @Field(() => String, {
    description:
      "The document the span lies in: the item's own, or another the item offers (EvidenceQuestion.sources, Exercise.sources). Always given, also for answers saved without one.",
  })
  documentSlug!: string;
  @Field(() => Int) paragraphNumber!: number;
  @Field(() => Int, { nullable: true }) start!: number | null;
  @Field(() => Int, { nullable: true }) end!: number | null;
}

@ObjectType()
export class MatchPair {
  @Field(() => ID) leftId!: string;
  @Field(() => ID) rightId!: string;
}

@ObjectType()
export class Attribution {
  @Field(() => ID) segmentId!: string;
  @Field(() => ID) voiceId!: string;
}

@ObjectType()
export class Answer {
  @Field(() => [ID], { nullable: true }) choiceIds!: string[] | null;
  @Field(() => String, { nullable: true }) text!: string | null;
  @Field(() => [ID], { nullable: true }) order!: string[] | null;
  @Field(() => [MatchPair], { nullable: true }) pairs!: MatchPair[] | null;
  @Field(() => [EvidenceSpan], { nullable: true }) evidence!: EvidenceSpan[] | null;
  @Field(() => ID, { nullable: true }) claimId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "A claim written in the student's own words: where the exercise offers no positions, or instead of one where it offers its own claim (Exercise.ownClaim).",
  })
  claim!: string | null;
  @Field(() => [String], {
    nullable: true,
    description: "The context facts the student wrote (Exercise.contextFacts).",
  })
  contextFacts!: string[] | null;
  @Field(() => [Attribution], {
    nullable: true,
    description: "Attribution questions: the voice given to each segment.",
  })
  attributions!: Attribution[] | null;
}

@ObjectType()
export class RubricScore {
  @Field(() => ID) criterionId!: string;
  @Field(() => Int) score!: number;
}

@ObjectType()
export class Feedback {
  @Field(() => Boolean, { nullable: true, description: "Null where a person must judge." })
  correct!: boolean | null;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Float) maxScore!: number;
  @Field(() => String, { description: "Markdown." }) message!: string;
  @Field(() => Boolean) needsReview!: boolean;
  @Field(() => [RubricScore]) rubricScores!: RubricScore[];
  @Extensions({ policy: "attempts.canSeeFeedback" })
  @Field(() => String, { nullable: true })
  teacherComment!: string | null;
  @Extensions({ policy: "attempts.canSeeFeedback" })
  @Field(() => Answer, {
    nullable: true,
    description:
      "The key for this item (the right choices, order, pairs, voices, or the model evidence); null for what a person judges. In tries mode (IMMEDIATE) the student gets it only once the item locks, whatever the request.",
  })
  expected!: Answer | null;
}

@ObjectType()
export class Response {
  @Field(() => ID) id!: string;
  @Field(() => ID, { description: "The Question.id or Exercise.id answered." }) itemId!: string;
  @Field(() => Answer) answer!: Answer;
  @Field(() => Int, {
    description:
      "The client's per-item revision counter (1, 2, 3 …, below 2^31): the server keeps the highest, so a replayed or late save never overwrites a newer one.",
  })
  revision!: number;
  @Field(() => Date) savedAt!: Date;
  @Extensions({ policy: "attempts.canSeeAttempt" })
  @Field(() => Int, { description: "Tries mode: the checks spent on this item (0 elsewhere)." })
  triesUsed!: number;
  @Extensions({ policy: "attempts.canSeeAttempt" })
  @Field(() => Int, {
    nullable: true,
    description:
      "Tries mode: the checks this item allows; null for items without checks (other timings, what the machine does not score).",
  })
  maxTries!: number | null;
  @Extensions({ policy: "attempts.canSeeAttempt" })
  @Field(() => Int, {
    nullable: true,
    description: "Tries mode: checks left (0 once locked); null for items without checks.",
  })
  triesLeft!: number | null;
  row!: ResponseRow;
}

@ObjectType()
export class Attempt {
  @Field(() => ID) id!: string;
  @Field(() => AttemptStatus) status!: AttemptStatus;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date, { nullable: true }) submittedAt!: Date | null;
  @Field(() => Boolean, { description: "Submitted after the student's due date." })
  late!: boolean;
  @Field(() => Date, {
    nullable: true,
    description:
      "When the work is due for this student: their own extension if they have one, else the assignment's due date (null in practice).",
  })
  dueAt!: Date | null;
  @Field(() => Boolean, {
    description:
      "Submitted by its AFTER_DUE due date passing rather than by the student (reopenAttempts can reopen just these).",
  })
  closedByDueDate!: boolean;
  @Extensions({ policy: "attempts.canSeeAttempt" })
  @Field(() => Date, {
    nullable: true,
    description:
      "When the teacher returned the work (returnAttempt). Only the student and the class's teacher see it.",
  })
  returnedAt!: Date | null;
  @Extensions({ policy: "attempts.canSeeAttempt" })
  @Field(() => String, {
    nullable: true,
    description:
      "The teacher's overall comment on returned work. Only the student and the class's teacher see it.",
  })
  teacherComment!: string | null;
  @Field(() => Boolean, {
    description:
      "A teacher's own try at the lesson (startScratchAttempt): it never counts and only that teacher sees it.",
  })
  scratch!: boolean;
  row!: AttemptRow;
}

/** An answer in the API's shape: options by their opaque ids, every evidence span with its document (`ownSlug` where it names none). */
export function toAnswer(data: AnswerData, ownSlug: string): Answer {
  const choice = (key: string) => encodeId("Choice", key);
  return Object.assign(new Answer(), {
    choiceIds: data.choiceIds?.map(choice) ?? null,
    text: data.text ?? null,
    order: data.order?.map(choice) ?? null,
    pairs:
      data.pairs?.map((p) => ({ leftId: choice(p.leftId), rightId: choice(p.rightId) })) ?? null,
    evidence:
      data.evidence?.map((e) => ({
        documentSlug: e.documentSlug || ownSlug,
        paragraphNumber: e.paragraphNumber,
        start: e.start ?? null,
        end: e.end ?? null,
      })) ?? null,
    claimId: data.claimId ? choice(data.claimId) : null,
    claim: data.claim ?? null,
    contextFacts: data.contextFacts ?? null,
    attributions:
      data.attributions?.map((a) => ({
        segmentId: encodeId("AttributionSegment", a.segmentId),
        voiceId: encodeId("Voice", a.voiceId),
      })) ?? null,
  });
}

export const itemIdOf = (itemId: string, kind: string) =>
  encodeId(kind === "EXERCISE" ? "Exercise" : "Question", itemId);

export const toResponse = (row: ResponseRow): Response =>
  Object.assign(new Response(), {
    id: encodeId("Response", row.id),
    itemId: itemIdOf(row.itemId, row.itemKind),
    answer: toAnswer(row.answer, row.itemDocumentSlug),
    revision: row.revision,
    savedAt: row.savedAt,
    triesUsed: row.triesUsed,
    maxTries: row.maxTries,
    triesLeft: row.maxTries === null ? null : row.locked ? 0 : row.maxTries - row.triesUsed,
    row,
  });

export const toAttempt = (row: AttemptRow): Attempt =>
  Object.assign(new Attempt(), {
    id: encodeId("Attempt", row.id),
    status: row.status as AttemptStatus,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    late: row.late,
    dueAt: row.dueAt,
    closedByDueDate: row.closedByDue,
    returnedAt: row.returnedAt,
    teacherComment: row.returnComment,
    scratch: row.scratch,
    row,
  });
