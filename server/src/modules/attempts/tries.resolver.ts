import {
  Arg,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from "type-graphql";
import type { AttemptsContext } from "./attempts.resolver.js";
import { Response, toResponse } from "./attempts.types.js";
import { checkAnswer, revealAnswer } from "./tries.service.js";

@Resolver(() => Response)
export class TriesResolver {
  @Extensions({ policy: "attempts.canChangeAttempt" })
  @Mutation(() => Response, {
    description:
      "Tries mode (IMMEDIATE): checks the saved answer at `revision`, spending one of the item's tries, and returns the response with feedback on that answer (the key only once the item locks). CONFLICT when `revision` is not the saved one, the item is locked or has no tries left (nothing spent); repeating the check of the revision last checked spends nothing.",
  })
  async checkResponse(
    @Arg("attemptId", () => ID) attemptId: string,
    @Arg("itemId", () => ID) itemId: string,
    @Arg("revision", () => Int) revision: number,
    @Ctx() context: AttemptsContext,
  ): Promise<Response> {
    return toResponse(await checkAnswer(context, { attemptId, itemId, revision }));
  }

  @Extensions({ policy: "attempts.canChangeAttempt" })
  @Mutation(() => Response, {
    description:
      "Tries mode: gives up on an item: it locks and shows the key and explanations, keeping the score of the last check (0 if none). Idempotent.",
  })
  async revealResponse(
    @Arg("attemptId", () => ID) attemptId: string,
    @Arg("itemId", () => ID) itemId: string,
    @Ctx() context: AttemptsContext,
  ): Promise<Response> {
    return toResponse(await revealAnswer(context, { attemptId, itemId }));
  }

  @Extensions({ policy: "attempts.canSeeAttempt" })
  @FieldResolver(() => Boolean, {
    description:
      "No more saves or checks: in tries mode once right, out of tries or shown; every item once the attempt is submitted.",
  })
  async locked(@Root() response: Response, @Ctx() { loaders }: AttemptsContext): Promise<boolean> {
    if (response.row.locked) return true;
    const attempt = await loaders.attempts.attemptById.load(response.row.attemptId);
    return attempt?.status === "SUBMITTED";
  }
}
