import { Arg, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { headingLevel, NEST_UNDER_DESCRIPTION, SAFE_HTML } from "../../core/markdown/fields.js";
import { markdownHtml } from "../../core/markdown/html.js";
import { LessonStep } from "./lessons.types.js";

@Resolver(() => LessonStep)
export class LessonStepHtmlResolver {
  @FieldResolver(() => String, {
    description: `The body ${SAFE_HTML}; a leading heading that repeats the step's title is dropped.`,
  })
  bodyHtml(
    @Root() step: LessonStep,
    @Arg("nestUnder", () => Int, { defaultValue: 2, description: NEST_UNDER_DESCRIPTION })
    nestUnder: number,
  ): string {
    return markdownHtml(step.body, headingLevel(nestUnder), step.title);
  }
}
