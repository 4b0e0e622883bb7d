import { Ctx, Extensions, FieldResolver, Resolver, Root } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import { attemptSubject } from "../classes/relations.js";
import { canSeeFeedback, studentSeesKey } from "./attempts.policy.js";
import type { AttemptsContext } from "./attempts.resolver.js";
import { Feedback, Response, toAnswer } from "./attempts.types.js";
import { responseScore } from "./response-score.js";

@Resolver(() => Response)
export class ResponseResolver {
  @FieldResolver(() => Feedback, {
    nullable: true,
    description: "Null while the assignment's feedback timing hides it from this viewer.",
  })
  @Extensions({ policy: "attempts.canSeeFeedback" })
  async feedback(
    @Root() response: Response,
    @Ctx() { loaders }: AttemptsContext,
  ): Promise<Feedback | null> {
    const attempt = (await loaders.attempts.attemptById.load(response.row.attemptId))!;
    const row = response.row;
    const relation = await loaders.relations.load(attemptSubject(attempt));
    const tries = { checked: row.triesUsed > 0, locked: row.locked };
    if (!canSeeFeedback(relation, attempt, row.itemKind, new Date(), tries)) return null;
    const key = relation === "teacher" || studentSeesKey(attempt, tries);
    return Object.assign(new Feedback(), {
      correct: row.correct,
      score: responseScore(row),
      maxScore: row.maxScore,
      message: row.message,
      needsReview: row.needsReview,
      rubricScores: (row.rubricScores ?? []).map((r) => ({
        criterionId: encodeId("RubricCriterion", r.criterionId),
        score: r.score,
      })),
      teacherComment: row.teacherComment,
      expected: row.expected && key ? toAnswer(row.expected, row.itemDocumentSlug) : null,
    });
  }
}
