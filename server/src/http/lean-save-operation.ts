import {
  type DocumentNode,
  getOperationAST,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
  visit,
} from "graphql";

/** The root fields the lean path answers: the autosave alone. */
const LEAN_FIELDS = new Set(["saveResponse"]);
/** Operation texts longer than this go to Apollo (the client's save is about 700 characters). */
const MAX_QUERY_LENGTH = 8_000;
/** Distinct save operations remembered (a client sends one or two); the oldest goes first. */
const MAX_OPERATIONS = 64;

export interface LeanOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** A POST body the lean path may answer: its operation, recognised, and its variables. */
export interface LeanRequest extends LeanOperation {
  operationName: string | undefined;
  variables: Record<string, unknown>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const hasNul = (value: unknown): boolean => {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(hasNul);
  if (isRecord(value))
    return Object.entries(value).some(([key, inner]) => key.includes("\0") || hasNul(inner));
  return false;
};

/**
 * Recognises the autosave among GraphQL POST bodies. An operation text is parsed and validated
 * once, with the schema and the same validation rules Apollo runs (graphql's and armor's), and
 * kept when it is a mutation whose only root field is `saveResponse`, with no directive on it and
 * no NUL in its text. Any other body — another operation, one Apollo would refuse, automatic
 * persisted queries (`extensions`), a NUL in a variable (nul-characters.ts) — is not recognised
 * and goes to Apollo untouched. Only texts that name `saveResponse` are looked at; the last 64 of
 * them are remembered.
 */
export function leanSaveOperations(
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  maxTokens: number,
) {
  const known = new Map<string, LeanOperation | null>();
  const allRules = [...specifiedRules, ...rules];

  const prepare = (query: string, operationName: string | undefined): LeanOperation | null => {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens });
    } catch {
      return null;
    }
    if (validate(schema, document, allRules).length > 0) return null;
    const operation = getOperationAST(document, operationName);
    if (!operation || operation.operation !== "mutation" || operation.directives?.length)
      return null;
    const [root, ...others] = operation.selectionSet.selections;
    if (others.length > 0 || root?.kind !== Kind.FIELD || !LEAN_FIELDS.has(root.name.value))
      return null;
    if (root.directives?.length) return null;
    let nul = false;
    visit(document, {
      StringValue(node) {
        if (node.value.includes("\0")) nul = true;
      },
    });
    return nul ? null : { document, operation };
  };

  return {
    /** The body as a lean request, or null: Apollo answers it. */
    recognise(body: unknown): LeanRequest | null {
      if (!isRecord(body) || body.extensions !== undefined) return null;
      const { query, operationName, variables } = body;
      if (typeof query !== "string" || query.length > MAX_QUERY_LENGTH) return null;
      if (
        operationName !== undefined &&
        operationName !== null &&
        typeof operationName !== "string"
      )
        return null;
      if (variables !== undefined && variables !== null && !isRecord(variables)) return null;
      if (hasNul(variables)) return null;
      // Every other operation passes by without being parsed or remembered here.
      if (!query.includes("saveResponse")) return null;
      const name = operationName ?? undefined;
      const key = `${name ?? ""}\n${query}`;
      let prepared = known.get(key);
      if (prepared === undefined) {
        if (known.size >= MAX_OPERATIONS) known.delete(known.keys().next().value!);
        prepared = prepare(query, name);
        known.set(key, prepared);
      }
      return prepared && { ...prepared, operationName: name, variables: variables ?? {} };
    },
  };
}
