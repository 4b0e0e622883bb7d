import {
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
} from "graphql";

type AnyField = GraphQLField<unknown, unknown>;

const isMarked = (field: AnyField) => Boolean(field.extensions?.policy);

/** The types an unmarked path of fields reaches from the given root fields. */
function reachedUnmarked(schema: GraphQLSchema, from: AnyField[]): Set<GraphQLNamedType> {
  const seen = new Set<GraphQLNamedType>();
  const walk = (type: GraphQLNamedType) => {
    if (seen.has(type)) return;
    seen.add(type);
    if (isUnionType(type)) type.getTypes().forEach(walk);
    if (isInterfaceType(type)) schema.getPossibleTypes(type).forEach(walk);
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields()) as AnyField[])
        if (!isMarked(field)) walk(getNamedType(field.type));
  };
  from.filter((field) => !isMarked(field)).forEach((field) => walk(getNamedType(field.type)));
  return seen;
}

const fieldsOf = (type: GraphQLNamedType | null | undefined): AnyField[] =>
  type && (isObjectType(type) || isInterfaceType(type))
    ? (Object.values(type.getFields()) as AnyField[])
    : [];

/**
 * Every field whose audience must be written down, by this rule:
 * - every root field (Query and Mutation);
 * - every field of a person type reached without passing a policy-marked field. Public content
 *   is what anyone reaches from Query through unmarked fields; every other type holds some
 *   person's or class's data (attempts, classes, users, results, sessions…). Behind a marked
 *   field a type is gated: the mark's matrix row says who gets past it, so its fields inherit.
 */
export function fieldsNeedingAnAudience(schema: GraphQLSchema): string[] {
  const query = fieldsOf(schema.getQueryType());
  const mutation = fieldsOf(schema.getMutationType());
  const publicTypes = reachedUnmarked(schema, query);
  const open = reachedUnmarked(schema, [...query, ...mutation]);
  const roots = [schema.getQueryType(), schema.getMutationType()];
  const personTypes = [...open].filter(
    (type) => !publicTypes.has(type) && !roots.includes(type as never),
  );
  return [
    ...[schema.getQueryType(), schema.getMutationType(), ...personTypes].flatMap((type) =>
      fieldsOf(type).map((field) => `${type!.name}.${field.name}`),
    ),
  ];
}

export interface Audiences {
  /** Fields with a row in the visibility matrix ("Type.field"). */
  rows: Set<string>;
  /** Public or derived fields, each with why it needs no row. */
  allowed: Map<string, string>;
  /** Mutations that need no row: each acts on the caller's own account and takes no ID. */
  selfService: Map<string, string>;
}

/**
 * What the rule finds wrong: a field needing an audience that has neither a policy mark (and
 * so a matrix row) nor an allow-list entry, a mutation without a row, a self-service mutation
 * that takes an ID, and allow-list entries for fields that no longer need one.
 */
export function audienceProblems(schema: GraphQLSchema, audiences: Audiences): string[] {
  const field = (name: string) => {
    const [type, fieldName] = name.split(".");
    return fieldsOf(schema.getType(type!) as GraphQLNamedType).find((f) => f.name === fieldName);
  };
  const needing = fieldsNeedingAnAudience(schema);
  const problems: string[] = [];
  for (const name of needing) {
    const f = field(name)!;
    if (name.startsWith(`${schema.getMutationType()?.name}.`)) {
      if (audiences.rows.has(name)) continue;
      if (!audiences.selfService.has(name)) problems.push(`${name}: a mutation without a row`);
      else if (f.args.some((arg) => String(getNamedType(arg.type)) === "ID"))
        problems.push(`${name}: takes an ID, so it needs a row`);
      continue;
    }
    if (isMarked(f)) {
      if (!audiences.rows.has(name)) problems.push(`${name}: marked but without a row`);
    } else if (!audiences.allowed.has(name)) problems.push(`${name}: neither marked nor allowed`);
  }
  const needed = new Set(needing);
  for (const name of [...audiences.allowed.keys(), ...audiences.selfService.keys()])
    if (!needed.has(name) || (field(name) && isMarked(field(name)!)))
      problems.push(`${name}: allowed, but needs no entry`);
  return problems;
}
