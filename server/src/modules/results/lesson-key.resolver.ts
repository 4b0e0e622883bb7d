import { Arg, Ctx, Extensions, Query, Resolver } from "type-graphql";
import { mayUseLesson } from "../lessons/lessons.policy.js";
import { forbidden, unauthenticated } from "../../core/errors.js";
import type { ResultsDeps } from "./class-results.service.js";
import { canReadLessonKeys } from "./results.policy.js";
import { lessonReview } from "./review.service.js";
import { AssignmentReview } from "./review.types.js";

@Resolver()
export class LessonKeyResolver {
  @Query(() => AssignmentReview, {
    nullable: true,
    description:
      "Teacher only: a lesson's answer keys, explanations, model evidence and exemplars (the " +
      "shape of Assignment.review), for preparing and printing. Null for an unknown slug.",
  })
  @Extensions({ policy: "results.canReadLessonKeys" })
  async lessonKey(
    @Arg("slug", () => String) slug: string,
    @Ctx() context: ResultsDeps,
  ): Promise<AssignmentReview | null> {
    if (!context.viewer) throw unauthenticated("Log in as a teacher to read the answer keys.");
    if (!canReadLessonKeys(context.viewer))
      throw forbidden("Only teachers can read the answer keys.");
    const lesson = await context.loaders.lessons.lessonBySlug.load(slug);
    return lesson && mayUseLesson(context.viewer.id, lesson)
      ? lessonReview(context, lesson.id)
      : null;
  }
}
