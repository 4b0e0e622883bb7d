// What the server writes to its logs about an error. Pure: no I/O.
//
// Logs never carry what people typed or hold: answer text, tokens, sign-in and join codes,
// passwords, emails. A database error's detail ("Failing row contains (…)", "Key (email)=(…)")
// and its quoted values are such things, so only the error's kind, code, constraint and stack
// frames are written.

interface DatabaseErrorFields {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
}

const isDatabaseError = (error: Error & DatabaseErrorFields) =>
  typeof error.code === "string" && typeof error.severity === "string";

/** Quoted values and anything that looks like an email, blanked out. */
export function redact(text: string): string {
  return text
    .replace(/"[^"\n]*"/g, '"…"')
    .replace(/'[^'\n]*'/g, "'…'")
    .replace(/[^\s@"'<>()]+@[^\s@"'<>()]+\.[^\s@"'<>()]+/g, "…@…");
}

/** One error as the logs may show it: its name, a redacted message, the database's code and constraint, and the stack frames. */
export function describeError(error: unknown): string {
  const cause = (error as { originalError?: unknown })?.originalError ?? error;
  if (!(cause instanceof Error)) return `${typeof cause} thrown`;
  const fields = cause as Error & DatabaseErrorFields;
  const parts = [`${cause.name}: ${redact(cause.message)}`];
  if (isDatabaseError(fields)) {
    const { code, constraint, table, column } = fields;
    parts.push(
      `  [database ${[code, table, column, constraint].filter((v) => typeof v === "string").join(" ")}]`,
    );
  }
  const frames = (cause.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return [...parts, ...frames.slice(0, 12)].join("\n");
}
