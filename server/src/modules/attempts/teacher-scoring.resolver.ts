import {
  Arg,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  Resolver,
  Extensions,
} from "type-graphql";
import type { AttemptsContext } from "./attempts.resolver.js";
import { Response, toResponse } from "./attempts.types.js";
import { scoreResponse } from "./teacher-scoring.service.js";

@InputType()
export class RubricScoreInput {
  @Field(() => ID) criterionId!: string;
  @Field(() => Int) score!: number;
}

// Its own file: the schema lists mutations in the order their resolvers load, and this one comes last.
@Resolver(() => Response)
export class TeacherScoringResolver {
  @Extensions({ policy: "attempts.canScoreResponse" })
  @Mutation(() => Response, {
    description:
      "Teacher: score a response that needs review (rubric for exercises, points for short answers).",
  })
  async scoreResponse(
    @Arg("responseId", () => ID) responseId: string,
    @Arg("rubricScores", () => [RubricScoreInput], { nullable: true })
    rubricScores: RubricScoreInput[] | null,
    @Arg("score", () => Float, { nullable: true }) score: number | null,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() context: AttemptsContext,
  ): Promise<Response> {
    return toResponse(await scoreResponse(context, { responseId, rubricScores, score, comment }));
  }
}
