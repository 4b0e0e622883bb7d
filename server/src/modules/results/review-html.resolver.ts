import { FieldResolver, Resolver, Root } from "type-graphql";
import { SAFE_HTML } from "../../core/markdown/fields.js";
import { markdownHtml } from "../../core/markdown/html.js";
import { AttributionKey, ChoiceKey, ItemReview, PairKey } from "./review.types.js";

// The keys' Markdown as HTML. These types are teacher-only: reached through Assignment.review.

const orNull = (source: string | null) => (source ? markdownHtml(source) : null);

@Resolver(() => ItemReview)
export class ItemReviewHtmlResolver {
  @FieldResolver(() => String, { description: `The explanation ${SAFE_HTML}.` })
  explanationHtml(@Root() item: ItemReview): string {
    return markdownHtml(item.explanation);
  }

  @FieldResolver(() => String, { nullable: true, description: `The scoring guide ${SAFE_HTML}.` })
  scoringGuideHtml(@Root() item: ItemReview): string | null {
    return orNull(item.scoringGuide);
  }
}

@Resolver(() => ChoiceKey)
export class ChoiceKeyHtmlResolver {
  @FieldResolver(() => String, { description: `The explanation ${SAFE_HTML}.` })
  explanationHtml(@Root() choice: ChoiceKey): string {
    return markdownHtml(choice.explanation);
  }
}

@Resolver(() => PairKey)
export class PairKeyHtmlResolver {
  @FieldResolver(() => String, { nullable: true, description: `The explanation ${SAFE_HTML}.` })
  explanationHtml(@Root() pair: PairKey): string | null {
    return orNull(pair.explanation);
  }
}

@Resolver(() => AttributionKey)
export class AttributionKeyHtmlResolver {
  @FieldResolver(() => String, { description: `The explanation ${SAFE_HTML}.` })
  explanationHtml(@Root() entry: AttributionKey): string {
    return markdownHtml(entry.explanation);
  }
}
