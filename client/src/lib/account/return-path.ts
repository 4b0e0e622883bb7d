/** A `?return=` target that stays on this site (a path, never another origin), or null. */
export function safeReturnPath(value: unknown): string | null {
  const path = Array.isArray(value) ? value[0] : value;
  if (
    typeof path !== "string" ||
    !path.startsWith("/") ||
    path.startsWith("//") ||
    path.includes("\\")
  )
    return null;
  return path;
}
