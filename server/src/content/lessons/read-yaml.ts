// Reads one YAML content file and validates it against its schema, reporting problems by file
// and field on the check context.
import { readFile } from "node:fs/promises";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { fieldPath } from "../content-problems.js";
import type { CheckContext } from "./check-context.js";

/** The file's data, or undefined after reporting its YAML or schema problems. */
export async function readValidated<S extends z.ZodType>(
  abs: string,
  schema: S,
  show: (abs: string) => string,
  ctx: CheckContext,
): Promise<z.infer<S> | undefined> {
  const file = show(abs);
  const doc = parseDocument(await readFile(abs, "utf8"), { uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    // Later YAML errors are usually echoes of the first.
    const pos = error.linePos?.[0];
    const message = error.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
    ctx.report(
      file,
      pos ? `line ${pos.line}, column ${pos.col}` : "",
      `YAML syntax error: ${message}`,
    );
    return undefined;
  }
  const result = schema.safeParse(doc.toJS(), {
    error: (issue) =>
      issue.code === "invalid_type" && issue.input === undefined ? "Required" : undefined,
  });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const at = fieldPath(issue.path);
    if (issue.code === "unrecognized_keys")
      for (const key of issue.keys)
        ctx.report(file, at ? `${at}.${key}` : key, "unknown field (misspelt?)");
    else ctx.report(file, at || "(file)", issue.message);
  }
  return undefined;
}
