import { Arg, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../core/errors.js";
import { Assignment } from "../assignments/assignments.types.js";
import { canSeeAttempt } from "../attempts/attempts.policy.js";
import { Attempt, toAttempt } from "../attempts/attempts.types.js";
import { assignmentSubject, attemptSubject } from "../classes/relations.js";
import { assignmentStatistics, type ResultsDeps, resultsLesson } from "./class-results.service.js";
import { canSeeAnswerKeys, canSeeClassResults } from "./results.policy.js";
import { ItemStatistics } from "./results.types.js";
import { assignmentMisconceptions } from "./misconceptions.service.js";
import { MisconceptionCount, RisingMisconception } from "./misconceptions.types.js";
import { assignmentMisconceptionTrend, TREND_MINUTES } from "./misconception-trend.service.js";
import { toMisconception } from "../questions/misconceptions.types.js";
import { lessonReview } from "./review.service.js";
import { AssignmentReview } from "./review.types.js";

const EARLIER_VERSION = (what: string) => ({
  nullable: true,
  description: `An earlier version of a teacher's set that some attempts began on: its ${what}. Default: the assignment's lesson.`,
});

/** What the results resolvers need from the request. */
export type ResultsContext = ResultsDeps;

// The Assignment fields that need attempts: a resolver of its own, so assignments never import attempts.
@Resolver(() => Assignment)
export class AssignmentResultsResolver {
  @FieldResolver(() => [Attempt], {
    description: "Teacher: every student's attempt. Student: their own.",
  })
  @Extensions({ policy: "attempts.canSeeAttempt" })
  async attempts(
    @Root() assignment: Assignment,
    @Ctx() { loaders }: ResultsContext,
  ): Promise<Attempt[]> {
    const attempts = await loaders.attempts.attemptsByAssignment.load(assignment.row.id);
    const relations = await Promise.all(
      attempts.map((attempt) => loaders.relations.load(attemptSubject(attempt))),
    );
    return attempts.filter((_, index) => canSeeAttempt(relations[index]!)).map(toAttempt);
  }

  @FieldResolver(() => [ItemStatistics], {
    description: "Teacher only: how each question and exercise went across the class.",
  })
  @Extensions({ policy: "results.canSeeClassResults" })
  async itemStatistics(
    @Root() assignment: Assignment,
    @Ctx() context: ResultsContext,
    @Arg("lessonSlug", () => String, {
      nullable: true,
      description:
        "An earlier version of a teacher's set that some attempts began on: its statistics. Default: the assignment's lesson.",
    })
    lessonSlug?: string | null,
  ): Promise<ItemStatistics[]> {
    if (
      !canSeeClassResults(await context.loaders.relations.load(assignmentSubject(assignment.row)))
    )
      return [];
    const lessonId = await resultsLesson(context, assignment.row, lessonSlug);
    if (!lessonId) return [];
    return (await assignmentStatistics(context, assignment.row, lessonId)).map((stat) =>
      Object.assign(new ItemStatistics(), stat),
    );
  }

  @FieldResolver(() => [MisconceptionCount], {
    description:
      "Teacher only: the misconceptions the class showed, most students first, with the students and items behind each ([] to anyone else).",
  })
  @Extensions({ policy: "results.canSeeClassResults" })
  async misconceptions(
    @Root() assignment: Assignment,
    @Ctx() context: ResultsContext,
    @Arg("lessonSlug", () => String, EARLIER_VERSION("misconceptions"))
    lessonSlug?: string | null,
  ): Promise<MisconceptionCount[]> {
    if (
      !canSeeClassResults(await context.loaders.relations.load(assignmentSubject(assignment.row)))
    )
      return [];
    const lessonId = await resultsLesson(context, assignment.row, lessonSlug);
    if (!lessonId) return [];
    return (await assignmentMisconceptions(context, assignment.row, lessonId)).map((entry) =>
      Object.assign(new MisconceptionCount(), {
        misconception: toMisconception(entry.misconception),
        studentCount: entry.students.length,
        students: entry.students,
        items: entry.items.map((item) => ({ ...item, studentCount: item.students.length })),
      }),
    );
  }

  @FieldResolver(() => [RisingMisconception], {
    description:
      "Teacher only: the misconceptions rising in the class now, most recent students first ([] when none rises, and to anyone else).",
  })
  @Extensions({ policy: "results.canSeeClassResults" })
  async risingMisconceptions(
    @Root() assignment: Assignment,
    @Ctx() context: ResultsContext,
    @Arg("minutes", () => Int, {
      defaultValue: TREND_MINUTES.default,
      description: "The window: answers saved in the last this many minutes (1–60).",
    })
    minutes: number,
  ): Promise<RisingMisconception[]> {
    if (!Number.isInteger(minutes) || minutes < TREND_MINUTES.min || minutes > TREND_MINUTES.max)
      throw badUserInput("minutes must be between 1 and 60.", "minutes");
    if (
      !canSeeClassResults(await context.loaders.relations.load(assignmentSubject(assignment.row)))
    )
      return [];
    return (await assignmentMisconceptionTrend(context, assignment.row, minutes)).map((entry) =>
      Object.assign(new RisingMisconception(), {
        ...entry,
        misconception: toMisconception(entry.misconception),
        recentStudentCount: entry.recentStudents.length,
        items: entry.items.map((item) => ({ ...item, studentCount: item.students.length })),
      }),
    );
  }

  @FieldResolver(() => AssignmentReview, {
    nullable: true,
    description: "Teacher only: the answer keys, explanations, model evidence and exemplars.",
  })
  @Extensions({ policy: "results.canSeeAnswerKeys" })
  async review(
    @Root() assignment: Assignment,
    @Ctx() context: ResultsContext,
    @Arg("lessonSlug", () => String, EARLIER_VERSION("keys"))
    lessonSlug?: string | null,
  ): Promise<AssignmentReview | null> {
    if (!canSeeAnswerKeys(await context.loaders.relations.load(assignmentSubject(assignment.row))))
      return null;
    const lessonId = await resultsLesson(context, assignment.row, lessonSlug);
    return lessonId ? lessonReview(context, lessonId) : null;
  }
}
