import { encodeId } from "../../core/ids.js";
import { KINDS } from "../../grading/index.js";
import { itemIdOf } from "../attempts/attempts.types.js";
import { toMisconception } from "../questions/misconceptions.types.js";
import { CATALOGUE } from "../questions/questions.loaders.js";
import type { DocumentRow } from "../documents/documents.loaders.js";
import { toDocument } from "../documents/documents.types.js";
import { toChoice } from "../questions/questions.types.js";
import { selectDistractorsByItemIds } from "./misconceptions.sql.js";
import type { ResultsDeps } from "./class-results.service.js";
import {
  selectClaimKeys,
  selectExemplarsByItemIds,
  selectMisconceptions,
  selectStepTimings,
} from "./review.sql.js";
import {
  AssignmentReview,
  EvidencePassageRole,
  ItemReview,
  StepTiming,
  TargetPassage,
} from "./review.types.js";

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
    const [keys, rows, exemplars, claims, misconceptions, timings, distractors, catalogue] =
      await Promise.all([
        loaders.attempts.itemKeyById.loadMany(ids),
        loaders.questions.itemById.loadMany(ids),
        selectExemplarsByItemIds(db, ids),
        selectClaimKeys(db, ids),
        selectMisconceptions(db, ids),
        selectStepTimings(db, lessonId),
        selectDistractorsByItemIds(db, ids),
        loaders.questions.misconceptions.load(CATALOGUE),
      ]);
    const entries = new Map(catalogue.map((m) => [m.id, toMisconception(m)]));
    const optional = (id: string | null, text: string | null) =>
      id === null ? null : choice(id, text ?? "");
    const targetDocuments = await passageDocuments(
      loaders,
      rows.map((row) => (row instanceof Error ? null : row)),
      keys.flatMap((key) =>
        key instanceof Error || !key ? [] : (KINDS[key.kind].review(key).targets ?? []),
      ),
    );
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
        misconception: c.correct
          ? null
          : (entries.get(
              distractors.find((d) => d.itemId === item.itemId && d.choiceId === c.id)
                ?.misconception ?? "",
            ) ?? null),
      }));
      review.distractors = distractors
        .filter((d) => d.itemId === item.itemId && entries.has(d.misconception))
        .map((d) => ({
          misconception: entries.get(d.misconception)!,
          choice: optional(d.choiceId, d.choiceText),
          left: optional(d.leftId, d.leftText),
          right: optional(d.rightId, d.rightText),
          first: optional(d.firstId, d.firstText),
          then: optional(d.thenId, d.thenText),
          answerText: d.answerText,
        }));
      review.order = (parts.order ?? []).map((entry) => choice(entry.id, entry.text));
      review.pairs = (parts.pairs ?? []).map((p) => ({
        left: choice(p.left.id, p.left.text),
        right: choice(p.right.id, p.right.text),
        explanation: p.explanation,
      }));
      review.acceptedAnswers = parts.acceptedAnswers ?? [];
      review.scoringGuide = parts.scoringGuide ?? null;
      review.targets = (parts.targets ?? []).map((target) => {
        const document = target.documentSlug
          ? targetDocuments.bySlug.get(target.documentSlug)
          : targetDocuments.byId.get(row.documentId);
        if (!document) throw new Error(`item ${item.itemId} cites a missing document`);
        return Object.assign(new TargetPassage(), {
          ...target,
          documentSlug: document.slug,
          document: toDocument(document),
          role:
            target.role === "ACCEPTABLE" ? EvidencePassageRole.ACCEPTABLE : EvidencePassageRole.KEY,
          countsForRecall: target.countsForRecall === true,
          claims: (target.claims ?? []).flatMap((key) => {
            const claim = claims.find((c) => c.itemId === item.itemId && c.contentKey === key);
            return claim ? [choice(claim.id, claim.text)] : [];
          }),
        });
      });
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

/** The documents key passages lie in: the items' own (by id) and the others they name (by slug); two queries. */
async function passageDocuments(
  loaders: ResultsDeps["loaders"],
  rows: ReadonlyArray<{ documentId: string } | null>,
  targets: ReadonlyArray<{ documentSlug?: string | null }>,
): Promise<{ byId: Map<string, DocumentRow>; bySlug: Map<string, DocumentRow> }> {
  const ids = [...new Set(rows.flatMap((row) => (row ? [row.documentId] : [])))];
  const slugs = [...new Set(targets.flatMap((t) => (t.documentSlug ? [t.documentSlug] : [])))];
  const [own, others] = await Promise.all([
    loaders.documents.documentById.loadMany(ids),
    loaders.documents.documentBySlug.loadMany(slugs),
  ]);
  const rowsOf = (list: Array<DocumentRow | null | Error>) =>
    list.filter((d): d is DocumentRow => !!d && !(d instanceof Error));
  return {
    byId: new Map(rowsOf(own).map((d) => [d.id, d])),
    bySlug: new Map(rowsOf(others).map((d) => [d.slug, d])),
  };
}
