import { FieldResolver, Resolver, Root } from "type-graphql";
import { SAFE_HTML } from "../../core/markdown/fields.js";
import { markdownHtml } from "../../core/markdown/html.js";
import { Feedback } from "./attempts.types.js";

@Resolver(() => Feedback)
export class FeedbackHtmlResolver {
  @FieldResolver(() => String, { description: `The message ${SAFE_HTML}.` })
  messageHtml(@Root() feedback: Feedback): string {
    return markdownHtml(feedback.message);
  }
}
