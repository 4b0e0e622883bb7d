import { Field, Float, Int, ObjectType } from "type-graphql";
import { Document, Paragraph } from "./documents.types.js";

@ObjectType({
  description: "Where a search matched: Paragraph.text.slice(start, end) is a matching word.",
})
export class TextRange {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
}

@ObjectType({ description: "A paragraph that matches a search." })
export class SearchHit {
  @Field(() => Document) document!: Document;
  @Field(() => Paragraph) paragraph!: Paragraph;
  @Field(() => Float, { description: "PostgreSQL's ts_rank: higher is a better match." })
  rank!: number;
  @Field(() => [TextRange], {
    description:
      "The words of Paragraph.text that match the query (stemmed: 'interfere' matches 'interference'), in text order, never overlapping. Highlight them yourself; the server sends no markup.",
  })
  ranges!: TextRange[];
  documentDbId!: string;
}

@ObjectType()
export class SearchEdge {
  @Field(() => String, { description: "Opaque: pass it as `after` for the hits after this one." })
  cursor!: string;
  @Field(() => SearchHit) node!: SearchHit;
}

@ObjectType()
export class SearchPageInfo {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, {
    nullable: true,
    description: "The last edge's cursor; null without edges.",
  })
  endCursor!: string | null;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge]) edges!: SearchEdge[];
  @Field(() => SearchPageInfo) pageInfo!: SearchPageInfo;
}
