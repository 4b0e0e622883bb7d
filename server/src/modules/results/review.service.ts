import { encodeId } from "../../core/ids.js";
import { KINDS } from "../../grading/index.js";
import { itemIdOf } from "../attempts/attempts.types.js";
import { toChoice } from "../questions/questions.types.js";
import type { ResultsDeps } from "./class-results.service.js";
import {
  selectClaimKeys,
  selectExemplarsByItemIds,
  selectMisconceptions,
  selectStepTimings,
} from "./review.sql.js";
import { AssignmentReview, ItemReview, StepTiming } from "./review.types.js";

const choice = (id: string, text: string) =>
  toChoice({ id, itemId: "", role: "CHOICE", text, paragraphNumber: null, start: null, end: null });

/** The keys of a lesson's items for its teacher: public content, cached per content version. */
export function lessonReview(
  { db, loaders, contentCache }: Pick<ResultsDeps, "db" | "loaders" | "contentCache">,
  lessonId: string,
): Promise<AssignmentReview> {
  return contentCache.get(`review:${lessonId}`, async () => {
    const items = await loaders.lessons.itemsByLesson.load(lessonId);
    const ids = items.map((item) => item.itemId);
    const [keys, rows, exemplars, claims, misconceptions, timings] = await Promise.all([
      loaders.attempts.itemKeyById.loadMany(ids),
      loaders.questions.itemById.loadMany(ids),
      selectExemplarsByItemIds(db, ids),
      selectClaimKeys(db, ids),
      selectMisconceptions(db, ids),
      selectStepTimings(db, lessonId),
    ]);
    const reviews = items.map((item, index) => {
      const key = keys[index];
      const row = rows[index];
      if (!key || key instanceof Error || !row || row instanceof Error)
        throw new Error(`item ${item.itemId} has no key`);
      const review: ItemReview = Object.assign(new ItemReview(), {
        itemId: itemIdOf(item.itemId, item.kind),
        kind: item.kind,
        prompt: row.prompt,
        points: key.points,
        explanation: "explanation" in key ? key.explanation : "",
        misconceptions: misconceptions.find((m) => m.itemId === item.itemId)?.misconceptions ?? [],
      });
      const parts = KINDS[key.kind].review(key);
      review.choices = (parts.choices ?? []).map((c) => ({
        choiceId: encodeId("Choice", c.id),
        text: c.text,
        correct: c.correct,
        explanation: c.explanation,
      }));
      review.order = (parts.order ?? []).map((entry) => choice(entry.id, entry.text));
      review.pairs = (parts.pairs ?? []).map((p) => ({
        left: choice(p.left.id, p.left.text),
        right: choice(p.right.id, p.right.text),
        explanation: p.explanation,
      }));
      review.acceptedAnswers = parts.acceptedAnswers ?? [];
      review.targets = parts.targets ?? [];
      review.attributions = (parts.attributions ?? []).map((a) => ({
        segment: { ...a.segment, id: encodeId("AttributionSegment", a.segment.id) },
        voice: { ...a.voice, id: encodeId("Voice", a.voice.id) },
        explanation: a.explanation,
      }));
      review.exemplars = exemplars
        .filter((e) => e.itemId === item.itemId)
        .map((e) => ({
          title: e.title,
          claim:
            claims.find((c) => c.itemId === e.itemId && c.contentKey === e.claimKey)?.text ?? null,
          levels: Object.entries(e.levels).map(([criterion, score]) => ({
            criterionId: encodeId("RubricCriterion", e.criterionIds[criterion]!),
            score,
          })),
          text: e.text,
          commentary: e.commentary,
        }));
      return review;
    });
    const steps = timings.map((step) =>
      Object.assign(new StepTiming(), { ...step, stepId: encodeId("LessonStep", step.id) }),
    );
    const timed = steps.every((step) => step.minutes !== null) && steps.length > 0;
    return Object.assign(new AssignmentReview(), {
      items: reviews,
      steps,
      totalMinutes: timed ? steps.reduce((sum, step) => sum + step.minutes!, 0) : null,
    });
  });
}
