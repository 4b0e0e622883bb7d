import { describe, expect, it } from "vitest";

// The rules of client/src/README.md: each folder imports only from folders below it.
const LAYER: Record<string, number> = { pages: 5, components: 4, composables: 3, lib: 2, api: 1 };
const ROOT = "../../client/src/";

const files = Object.entries(
  import.meta.glob<string>(["../../client/src/**/*.{ts,vue}", "!../../client/src/api/generated/**"], { query: "?raw", import: "default", eager: true }),
).map(([path, text]) => ({ name: path.slice(ROOT.length), text }));

const folderOf = (name: string) => name.split("/")[0]!;

/** Where `spec`, imported by `name`, points inside client/src. */
function resolve(name: string, spec: string): string {
  const parts = name.split("/").slice(0, -1);
  for (const part of spec.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

describe("client/src imports", () => {
  const problems: string[] = [];
  for (const { name, text } of files) {
    const from = folderOf(name);
    if (!(from in LAYER)) continue;
    for (const [, typeOnly, spec] of text.matchAll(/^import (type )?[^"]*?from "([^"]+)"/gms)) {
      if ((from === "lib" || from === "api") && /^vue(-router)?$/.test(spec!)) problems.push(`${name} imports ${spec}`);
      if (!spec!.startsWith(".")) continue;
      const to = folderOf(resolve(name, spec!));
      if (!(to in LAYER) || (to === "api" && typeOnly)) continue;
      if ((from === "pages" || from === "components") && to === "api") problems.push(`${name} calls the API itself (${spec})`);
      else if (LAYER[to]! > LAYER[from]! || (from === "pages" && to === "pages")) problems.push(`${name} imports upwards (${spec})`);
    }
  }

  it("run one way: pages → components → composables → lib, and only composables reach api", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it("keep components to .vue files", () => {
    expect(files.filter(({ name }) => name.startsWith("components/") && !name.endsWith(".vue")).map(({ name }) => name)).toEqual([]);
  });

  it("keep every file to 300 lines", () => {
    expect(files.filter(({ text }) => text.split("\n").length > 300).map(({ name }) => name)).toEqual([]);
  });
});
