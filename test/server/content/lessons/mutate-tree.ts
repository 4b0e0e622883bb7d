import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Document, isMap, isScalar, parseDocument } from "yaml";

/** The content tests' own folder, the project's root, its lessons and their documents. */
export const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, "../../../..");
export const lessonsDir = path.join(repo, "lessons");
export const documentsDir = path.join(lessonsDir, "documents");

/** One deliberate change to a copied content tree. */
export type Mutation = (dir: string) => void;

type YamlPath = (string | number)[];

// The yaml package cannot keep mixed padding (`[9]` beside `{ a: 1 }`); this only affects
// flow collections in the edited copy, never line numbers.
const PRINT = { flowCollectionPadding: false } as const;

/** A fresh copy of `source` in the system temp folder, changed by `mutate`. */
export function mutatedCopy(source: string, mutate: Mutation): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "content-check-"));
  try {
    cpSync(source, dir, { recursive: true });
    mutate(dir);
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Edits one YAML file through the Document API, so the nodes it leaves alone keep comments, order and style. */
export function editYaml(file: string, edit: (doc: Document) => void): Mutation {
  return (dir) => {
    const target = path.join(dir, file);
    const doc = parseDocument(readFileSync(target, "utf8"));
    const untouched = doc.toString(PRINT);
    edit(doc);
    const edited = doc.toString(PRINT);
    if (edited === untouched) throw new Error(`mutation left ${file} unchanged`);
    writeFileSync(target, edited);
  };
}

/** Replaces a value that must already be there. */
export function setYaml(file: string, at: YamlPath, value: unknown): Mutation {
  return editYaml(file, (doc) => {
    if (!doc.hasIn(at)) throw new Error(`${file}: nothing at ${at.join(".")}`);
    doc.setIn(at, value);
  });
}

/** Adds a key that must not be there yet. */
export function addYaml(file: string, at: YamlPath, value: unknown): Mutation {
  return editYaml(file, (doc) => {
    if (doc.hasIn(at)) throw new Error(`${file}: ${at.join(".")} already exists`);
    doc.setIn(at, value);
  });
}

export function deleteYaml(file: string, at: YamlPath): Mutation {
  return editYaml(file, (doc) => {
    if (!doc.deleteIn(at)) throw new Error(`${file}: nothing at ${at.join(".")}`);
  });
}

/** Renames a key of the map at `at` in place, keeping its position and value. */
export function renameYamlKey(file: string, at: YamlPath, from: string, to: string): Mutation {
  return editYaml(file, (doc) => {
    const map = doc.getIn(at, true);
    const key = isMap(map)
      ? map.items.find((pair) => isScalar(pair.key) && pair.key.value === from)?.key
      : undefined;
    if (!isScalar(key)) throw new Error(`${file}: no key ${from} at ${at.join(".")}`);
    key.value = to;
  });
}

/** Replaces text that occurs exactly once, for faults that are not valid YAML. */
export function replaceText(file: string, from: string, to: string): Mutation {
  return (dir) => {
    const target = path.join(dir, file);
    const text = readFileSync(target, "utf8");
    const count = text.split(from).length - 1;
    if (count !== 1)
      throw new Error(`${file}: expected one ${JSON.stringify(from)}, found ${count}`);
    writeFileSync(
      target,
      text.replace(from, () => to),
    );
  };
}
