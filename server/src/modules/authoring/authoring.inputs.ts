import { GraphQLJSONObject } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType()
export class CreateQuestionSetInput {
  @Field(() => String) title!: string;
  @Field(() => String, {
    description: "Any document the server holds: built-in, related or imported.",
  })
  documentSlug!: string;
}

@InputType()
export class UpdateQuestionSetInput {
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      "The whole set as the YAML of lessons/question-sets/ has it (questions with every kind's fields); saved even with problems. Its slug and document stay the set's.",
  })
  content?: Record<string, unknown> | null;
}
