import { parse as parseYaml, YAMLParseError } from "yaml";
import type { z } from "zod";

/** A problem in a content file: the file, the field path within it, and what is wrong. */
export interface ContentProblem {
  file: string;
  path: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

export class InvalidContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`invalid content:\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "InvalidContentError";
  }
}

/** "people[3].names[0]" from a zod issue path. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === "number") return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, "");
}

/** Parses YAML text against a schema; problems name the file and the field. */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  problems: ContentProblem[],
): z.infer<S> | undefined {
  let data: unknown;
  try {
    data = parseYaml(source);
  } catch (error) {
    const message = error instanceof YAMLParseError ? error.message.split("\n")[0]! : String(error);
    problems.push({ file, path: "", message: `YAML syntax: ${message}` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push({ file, path: fieldPath(issue.path), message: issue.message });
    return undefined;
  }
  return result.data;
}
