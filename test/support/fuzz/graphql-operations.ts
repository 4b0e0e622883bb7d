import fc from "fast-check";
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from "graphql";
import { corrupt, GARBAGE_STRINGS, garbageValue, type Draw, pick } from "./garbage.js";

/** One request body: usually a well-formed operation over the schema, sometimes mangled. */
export interface FuzzRequest {
  query: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** What the generator knows of the world: ids and strings that reach real rows. */
export interface FuzzWorld {
  ids: string[];
  strings: string[];
}

/** Root fields left out: logOut would end the session the rest of the run signs in with. */
const SKIPPED_ROOTS = new Set(["Mutation.logOut"]);

class Operation {
  readonly definitions: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly fragments: string[] = [];
  constructor(
    readonly g: Draw,
    readonly schema: GraphQLSchema,
    readonly world: FuzzWorld,
  ) {}

  value(type: GraphQLInputType, depth = 0): unknown {
    const g = this.g;
    if (g(fc.nat, { max: 19 }) === 0) return garbageValue(g);
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type)) {
      if (g(fc.boolean)) return this.value(type.ofType, depth + 1);
      return Array.from({ length: g(fc.nat, { max: 3 }) }, () =>
        this.value(type.ofType, depth + 1),
      );
    }
    if (isEnumType(type)) return pick(g, type.getValues()).name;
    if (isInputObjectType(type)) {
      if (depth > 3) return {};
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields()))
        if (isNonNullType(field.type) ? g(fc.nat, { max: 9 }) > 0 : g(fc.boolean))
          object[field.name] = this.value(field.type, depth + 1);
      if (g(fc.nat, { max: 9 }) === 0) object.unexpected = garbageValue(g);
      return object;
    }
    switch (type.name) {
      case "ID":
        return g(fc.nat, { max: 4 }) > 0 ? pick(g, this.world.ids) : pick(g, GARBAGE_STRINGS);
      case "Int":
        return g(() => fc.oneof(fc.integer({ min: -3, max: 50 }), fc.integer()));
      case "Float":
        return g(fc.double, { noNaN: true, noDefaultInfinity: true });
      case "Boolean":
        return g(fc.boolean);
      case "DateTimeISO":
        return g(fc.date, { noInvalidDate: true }).toISOString();
      default:
        return g(() =>
          fc.oneof(fc.constantFrom(...this.world.strings), fc.string({ unit: "grapheme" })),
        );
    }
  }

  /** A literal in the query, or a variable of the argument's type. */
  argument(type: GraphQLInputType): string {
    const value = this.value(type);
    if (this.g(fc.nat, { max: 3 }) > 0) return literal(value, type);
    const name = `v${this.definitions.length}`;
    this.definitions.push(`$${name}: ${String(type)}`);
    this.variables[name] = value;
    return `$${name}`;
  }

  field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const g = this.g;
    const args = field.args
      .filter((arg) => isNonNullType(arg.type) || g(fc.nat, { max: 2 }) === 0)
      .map((arg) => `${arg.name}: ${this.argument(arg.type)}`);
    const alias = g(fc.nat, { max: 9 }) === 0 ? `${pick(g, ["a", "b", "_x"])}: ` : "";
    const head = `${alias}${field.name}${args.length > 0 ? `(${args.join(", ")})` : ""}`;
    const type = getNamedType(field.type);
    return isLeafType(type) ? head : `${head} { ${this.selection(type, depth + 1)} }`;
  }

  selection(type: GraphQLNamedType, depth: number): string {
    const g = this.g;
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const spread = pick(g, possible);
      const own = isInterfaceType(type) && g(fc.boolean) ? this.fields(type, depth) : "";
      return `__typename ${own} ... on ${spread.name} { ${this.selection(spread, depth)} }`;
    }
    if (!isObjectType(type)) return "__typename";
    if (g(fc.nat, { max: 9 }) === 0) {
      const at = this.fragments.push("") - 1;
      const name = `F${at}`;
      this.fragments[at] = `fragment ${name} on ${type.name} { ${this.fields(type, depth)} }`;
      return `...${name}`;
    }
    return this.fields(type, depth);
  }

  fields(type: GraphQLNamedType & { getFields(): any }, depth: number): string {
    const g = this.g;
    const all = Object.values(type.getFields()) as Array<GraphQLField<unknown, unknown>>;
    const usable = all.filter(
      (f) =>
        !SKIPPED_ROOTS.has(`${type.name}.${f.name}`) &&
        (depth < 5 || isLeafType(getNamedType(f.type))),
    );
    if (usable.length === 0) return "__typename";
    const count = g(fc.integer, { min: 1, max: Math.min(3, usable.length) });
    return Array.from({ length: count }, () => this.field(pick(g, usable), depth)).join(" ");
  }
}

/** A GraphQL literal for a value, enum names bare where the type is an enum. */
export function literal(value: unknown, type?: GraphQLInputType): string {
  const named = type && getNamedType(type);
  if (typeof value === "string" && named && isEnumType(named) && /^[A-Z_]+$/.test(value))
    return value;
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null || value === undefined) return "null";
  const inner = type && !isNonNullType(type) ? type : type && type.ofType;
  if (Array.isArray(value))
    return `[${value.map((v) => literal(v, inner && isListType(inner) ? inner.ofType : undefined)).join(", ")}]`;
  const fields = named && isInputObjectType(named) ? named.getFields() : {};
  return `{ ${Object.entries(value)
    .map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`)
    .join(", ")} }`;
}

/** A well-formed operation over a root type, with variables as declared. */
function wellFormed(g: Draw, schema: GraphQLSchema, world: FuzzWorld): FuzzRequest {
  const mutation = g(fc.nat, { max: 3 }) === 0;
  const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
  const op = new Operation(g, schema, world);
  const body = op.fields(root, 0);
  const name = g(fc.boolean) ? ` ${pick(g, ["Probe", "q1", "_"])}` : "";
  const defs = op.definitions.length > 0 ? `(${op.definitions.join(", ")})` : "";
  const keyword = mutation ? "mutation" : g(fc.boolean) ? "query" : "";
  const head = keyword || name || defs ? `${keyword || "query"}${name}${defs} ` : "";
  return {
    query: `${head}{ ${body} }\n${op.fragments.join("\n")}`,
    variables: op.variables,
    operationName: name ? name.trim() : undefined,
  };
}

/** Deep, wide, or mangled in text, variables or operation name. */
function mangled(g: Draw, request: FuzzRequest): FuzzRequest {
  const query = request.query as string;
  switch (g(fc.nat, { max: 7 })) {
    case 0:
      return { query: corrupt(g, query), variables: request.variables };
    case 1: {
      const n = g(fc.integer, { min: 10, max: 40 });
      return { query: `{ ${"lessons { document { ".repeat(n)} slug ${"} } ".repeat(n)} }` };
    }
    case 2: {
      const n = g(fc.integer, { min: 20, max: 60 });
      return {
        query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: lessons { slug }`).join(" ")} }`,
      };
    }
    case 3:
      return {
        ...request,
        variables: g(fc.boolean)
          ? {}
          : { ...(request.variables as object), extra: garbageValue(g) },
      };
    case 4:
      return { ...request, variables: garbageValue(g) };
    case 5:
      if (g(fc.boolean))
        return {
          query: query.replace(/^(query|mutation)?/, `$1 ${pick(g, ["Ωmega", "ü", "1a"])}`),
        };
      return {
        ...request,
        operationName: g(() => fc.oneof(fc.string(), fc.integer(), fc.constant(null))),
      };
    case 6:
      return { query: garbageValue(g), variables: request.variables };
    default:
      return { query: g(fc.string, { unit: "binary", maxLength: 200 }) };
  }
}

/** Requests from the schema the server serves: three in four well-formed, the rest mangled. */
export function fuzzRequests(schema: GraphQLSchema, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  return fc.gen().map((g) => {
    const request = wellFormed(g, schema, world);
    return g(fc.nat, { max: 3 }) === 0 ? mangled(g, request) : request;
  });
}
