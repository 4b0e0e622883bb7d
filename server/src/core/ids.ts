// Opaque ids: every id names its type, so ids are unique across types and a Document id
// can never be mistaken for a Paragraph's. A malformed id decodes to null, never an error.

export type IdType =
  | "Document"
  | "Paragraph"
  | "EditorialNote"
  | "Person"
  | "GlossaryTerm"
  | "Lesson"
  | "LessonStep"
  | "QuestionSet"
  | "AuthoredQuestionSet"
  | "Question"
  | "Exercise"
  | "Choice"
  | "AttributionSegment"
  | "Voice"
  | "RubricCriterion"
  | "User"
  | "Attempt"
  | "Response"
  | "Classroom"
  | "Assignment"
  | "AuditEntry"
  | "ActivityEvent";

/** Options carry a random UUID, so their ids say nothing about order or correctness. */
const UUID_KEYED = new Set<IdType>(["Choice", "AttributionSegment", "Voice"]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const MAX_BIGINT = 9223372036854775807n;

export function encodeId(type: IdType, key: string): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

/** The database key inside an id of the given type, or null for anything else. */
export function decodeId(type: IdType, id: string): string | null {
  if (typeof id !== "string" || id.length === 0 || id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id))
    return null;
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator < 0 || decoded.slice(0, separator) !== type) return null;
  const key = decoded.slice(separator + 1);
  if (UUID_KEYED.has(type)) return UUID.test(key) && encodeId(type, key) === id ? key : null;
  if (!/^[1-9][0-9]{0,18}$/.test(key) || BigInt(key) > MAX_BIGINT) return null;
  return encodeId(type, key) === id ? key : null;
}
