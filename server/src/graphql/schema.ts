import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import {
  DocumentResolver,
  GlossaryTermResolver,
  ParagraphResolver,
  PersonResolver,
} from "../modules/documents/documents.resolver.js";

/** The served schema, built from the resolver classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [DocumentResolver, ParagraphResolver, PersonResolver, GlossaryTermResolver],
    validate: false,
  });
}
