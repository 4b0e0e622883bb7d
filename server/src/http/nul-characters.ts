import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, Kind, visit } from "graphql";

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
        const variables = Object.entries(request.variables ?? {});
        const nulVariable = variables.find(([name, value]) => name.includes("\0") || hasNul(value));
        let found = nulVariable !== undefined;
        // The argument the variable fills names the field, as the resolvers' own checks do.
        let field = nulVariable?.[0];
        visit(document, {
          StringValue(node) {
            if (node.value.includes("\0")) found = true;
          },
          Argument(node) {
            if (node.value.kind === Kind.VARIABLE && node.value.name.value === nulVariable?.[0])
              field = node.name.value;
          },
        });
        if (found)
          throw new GraphQLError("Text may not contain the NUL character (U+0000).", {
            extensions: {
              code: "BAD_USER_INPUT",
              ...(field ? { field } : {}),
              http: { status: 400 },
            },
          });
      },
    };
  },
};
