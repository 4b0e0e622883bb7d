import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  documentArguments,
  inlineDocuments,
  markDocumentsPure,
  queryTexts,
} from "../../../client/vite-graphql-documents.js";

const API = path.resolve("client/src/api");
const GENERATED = path.join(API, "generated");
const read = (file: string) => fs.readFileSync(file, "utf8");
const documents = documentArguments(
  read(path.join(GENERATED, "gql.ts")),
  read(path.join(GENERATED, "graphql.ts")),
);

describe("the build's graphql() rewrite", () => {
  it("knows the document of every graphql() call in the client, so no page carries the map of all", () => {
    const files = fs.readdirSync(API).filter((file) => file.endsWith(".ts"));
    let calls = 0;
    for (const file of files) {
      const code = read(path.join(API, file));
      calls += [...code.matchAll(/\bgraphql\(\s*`/g)].length;
      const inlined = inlineDocuments(code, documents, "/generated/graphql.ts") ?? code;
      expect(inlined, file).not.toMatch(/\bgraphql\(\s*`/);
    }
    expect(calls).toBeGreaterThan(40);
    expect(documents.size).toBe(calls);
  });

  it("constructs the same printed operation, fragments included, as the generated document", async () => {
    const generated = await import("../../../client/src/api/generated/graphql.js");
    const source = [...documents.keys()].find((s) => s.includes("mutation PlayerStartAttempt"))!;
    const code = `const Start = graphql(\`${source}\`);\nexport default Start;`;
    const inlined = inlineDocuments(code, documents, "/generated/graphql.ts")!;
    expect(inlined).toMatch(
      /^import \{ TypedDocumentString as __TypedDocumentString \} from "\/generated\/graphql\.ts";/,
    );
    const args = /new __TypedDocumentString\((`[^`]*`)\)/.exec(inlined)![1]!;
    expect(new Function(`return ${args}`)()).toBe(generated.PlayerStartAttemptDocument.toString());
    expect(args).toContain("fragment PlayerAttemptFields on Attempt");
  });

  it("leaves a call it does not know, and a module without calls, as they are", () => {
    const unknown = "const Q = graphql(`query Unknown { viewer { id } }`);";
    expect(inlineDocuments(unknown, documents, "/g.ts")).toBeNull();
    expect(inlineDocuments("export const x = 1;", documents, "/g.ts")).toBeNull();
  });

  it("marks every generated document pure, so a bundle drops those no page uses", () => {
    const marked = markDocumentsPure(read(path.join(GENERATED, "graphql.ts")));
    expect(marked).not.toMatch(/= new TypedDocumentString\(/);
    expect([...marked.matchAll(/\/\*#__PURE__\*\/ new TypedDocumentString\(/g)].length).toBe(
      [...read(path.join(GENERATED, "graphql.ts")).matchAll(/= new TypedDocumentString\(/g)].length,
    );
  });
});

describe("the build's list of queries", () => {
  it("has each query's printed text by name, fragments included, as the client sends it", () => {
    const texts = queryTexts(read(path.join(GENERATED, "graphql.ts")));
    expect(texts.PlayerLesson).toMatch(/^query PlayerLesson\(\$slug: String!\)/);
    expect(texts.PlayerLesson).toContain("fragment EvidenceSources on EvidenceSource");
    expect(texts.ReaderDocument).toMatch(/^query ReaderDocument/);
    expect(Object.values(texts).some((text) => /^mutation/.test(text))).toBe(false);
  });
});
