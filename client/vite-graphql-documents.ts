import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

// GraphQL Code Generator's client preset answers `graphql(source)` from a map of every operation
// in the app (generated/gql.ts), so each page's code would carry all of them. Its documented cure
// is a Babel or SWC plugin that puts each operation's own document where it is used instead; this
// is the same rewrite for Vite's build. generated/graphql.ts then gives only the document class.

const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const MAP_ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;
const DOCUMENT_EXPORT =
  /^export const (\w+) = new TypedDocumentString\((`[^`]*`(?:, \{[^\n]*\})?)\) as unknown as/gm;
const NEW_DOCUMENT = /= new TypedDocumentString\(/g;

/**
 * Each operation's source text, as written in a `graphql()` call, to the arguments its document
 * is constructed with in generated/graphql.ts (the printed operation with its fragments).
 */
export function documentArguments(gqlModule: string, graphqlModule: string): Map<string, string> {
  const argumentsOf = new Map<string, string>();
  for (const [, name, args] of graphqlModule.matchAll(DOCUMENT_EXPORT))
    argumentsOf.set(name!, args!);
  const documents = new Map<string, string>();
  for (const [, source, name] of gqlModule.matchAll(MAP_ENTRY)) {
    const args = argumentsOf.get(name!);
    if (args) documents.set(JSON.parse(source!) as string, args);
  }
  return documents;
}

/**
 * The module with every `graphql(\`…\`)` call whose text is known replaced by the construction of
 * that operation's document; null when it has none. Unknown texts stay calls (still correct).
 */
export function inlineDocuments(
  code: string,
  documents: ReadonlyMap<string, string>,
  documentsModule: string,
): string | null {
  let inlined = false;
  const rewritten = code.replace(GRAPHQL_CALL, (call, source: string) => {
    const args = documents.get(source);
    if (!args) return call;
    inlined = true;
    return `new __TypedDocumentString(${args})`;
  });
  if (!inlined) return null;
  const imported = `import { TypedDocumentString as __TypedDocumentString } from ${JSON.stringify(documentsModule)};`;
  return `${imported}\n${rewritten}`;
}

/**
 * Every query's printed text (fragments included) by operation name, from generated/graphql.ts:
 * what the server runs to put a page's first data in its HTML (server/src/http/first-page-data.ts).
 */
export function queryTexts(graphqlModule: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [, , args] of graphqlModule.matchAll(DOCUMENT_EXPORT)) {
    const text = /^`([^`]*)`/.exec(args!)?.[1]?.trim();
    const name = text && /^query\s+(\w+)/.exec(text)?.[1];
    if (name) texts[name] = text;
  }
  return texts;
}

/** The file the build writes queryTexts to, beside Vite's manifest. */
export const OPERATIONS_FILE = ".vite/operations.json";

/** generated/graphql.ts with each document marked pure, so a bundle keeps only those it imports. */
export const markDocumentsPure = (code: string) =>
  code.replace(NEW_DOCUMENT, "= /*#__PURE__*/ new TypedDocumentString(");

/** The Vite plugin: for production builds only (the dev server keeps the map, as generated). */
export function graphqlDocuments(generatedDir: string): Plugin {
  const documentsModule = path.join(generatedDir, "graphql.ts");
  let documents = new Map<string, string>();
  let queries: Record<string, string> = {};
  return {
    name: "graphql-documents",
    apply: "build",
    buildStart() {
      const read = (file: string) => fs.readFileSync(path.join(generatedDir, file), "utf8");
      documents = documentArguments(read("gql.ts"), read("graphql.ts"));
      queries = queryTexts(read("graphql.ts"));
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: OPERATIONS_FILE, source: JSON.stringify(queries) });
    },
    transform(code, id) {
      const file = id.split("?")[0]!;
      if (file === documentsModule) return markDocumentsPure(code);
      if (file.startsWith(generatedDir) || !code.includes("graphql(")) return null;
      return inlineDocuments(code, documents, documentsModule);
    },
  };
}
