import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, visit } from "graphql";

const hasNul = (value: unknown): boolean => {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(hasNul);
  if (value !== null && typeof value === "object")
    return Object.entries(value).some(([key, inner]) => key.includes("\0") || hasNul(inner));
  return false;
};

/**
 * PostgreSQL's text cannot hold U+0000, so a string with one would fail deep in a query as a
 * server error. Refused up front instead, in a variable or a literal alike: BAD_USER_INPUT.
 */
export const refuseNulCharacters: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document }) {
        let found = hasNul(request.variables);
        visit(document, {
          StringValue(node) {
            if (node.value.includes("\0")) found = true;
          },
        });
        if (found)
          throw new GraphQLError("Text may not contain the NUL character (U+0000).", {
            extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
          });
      },
    };
  },
};
