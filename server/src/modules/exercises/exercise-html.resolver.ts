import { Arg, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { headingLevel, NEST_UNDER_DESCRIPTION, SAFE_HTML } from "../../core/markdown/fields.js";
import { markdownHtml } from "../../core/markdown/html.js";
import { Exercise } from "./exercises.types.js";

@Resolver(() => Exercise)
export class ExerciseHtmlResolver {
  @FieldResolver(() => String, { description: `The prompt ${SAFE_HTML}.` })
  promptHtml(
    @Root() exercise: Exercise,
    @Arg("nestUnder", () => Int, { defaultValue: 3, description: NEST_UNDER_DESCRIPTION })
    nestUnder: number,
  ): string {
    return markdownHtml(exercise.prompt, headingLevel(nestUnder));
  }

  @FieldResolver(() => String, { description: `The guidance ${SAFE_HTML}.` })
  guidanceHtml(
    @Root() exercise: Exercise,
    @Arg("nestUnder", () => Int, { defaultValue: 3, description: NEST_UNDER_DESCRIPTION })
    nestUnder: number,
  ): string {
    return markdownHtml(exercise.guidance, headingLevel(nestUnder));
  }
}
