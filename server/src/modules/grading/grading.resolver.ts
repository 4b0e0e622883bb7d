import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../app/context.js";
import { Response, toResponse } from "../attempts/attempts.types.js";
import { scoreResponse } from "./teacher-scoring.service.js";

@InputType()
export class RubricScoreInput {
  @Field(() => ID) criterionId!: string;
  @Field(() => Int) score!: number;
}

@Resolver(() => Response)
export class GradingResolver {
  @Mutation(() => Response, { description: "Teacher: score a response that needs review (rubric for exercises, points for short answers)." })
  async scoreResponse(
    @Arg("responseId", () => ID) responseId: string,
    @Arg("rubricScores", () => [RubricScoreInput], { nullable: true }) rubricScores: RubricScoreInput[] | null,
    @Arg("score", () => Float, { nullable: true }) score: number | null,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() context: Context,
  ): Promise<Response> {
    return toResponse(await scoreResponse(context, { responseId, rubricScores, score, comment }));
  }
}
