import { type DocumentNode, Kind, parse } from "graphql";

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ path?: ReadonlyArray<string | number> }>;
}

/** The request's one mutation, parsed; null for a query, or for text that is no operation. */
export function mutationOf(query: unknown, operationName?: unknown): DocumentNode | null {
  if (typeof query !== "string") return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const chosen =
    operations.length === 1
      ? operations[0]
      : operations.find((op) => op.name?.value === operationName);
  return chosen?.operation === "mutation" ? document : null;
}

/**
 * The server refused the whole mutation, so it must have changed nothing: it was rejected before
 * running (errors without a path), or every root field it asked for answered with an error. A
 * root selected through a fragment cannot be told apart, and counts as not refused.
 */
export function refusedWhole(mutation: DocumentNode, body: GraphQLBody): boolean {
  const errors = body.errors ?? [];
  if (errors.length === 0) return false;
  if (errors.every((error) => !error.path)) return body.data == null;
  const operation = mutation.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return false;
  const failed = new Set(errors.map((error) => error.path?.[0]));
  return operation.selectionSet.selections.every(
    (selection) =>
      selection.kind === Kind.FIELD && failed.has((selection.alias ?? selection.name).value),
  );
}
