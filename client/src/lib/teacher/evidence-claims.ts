// Which position each passage of an exercise answer served, by its overlap with the model
// evidence the teacher's review carries (each model passage tagged with its claims). Pure.
import type { ItemKey, ReviewContext } from "./review-types.js";

type Target = ItemKey["targets"][number];
interface Span {
  documentSlug?: string | null;
  paragraphNumber: number;
  start?: number | null;
  end?: number | null;
}

const EVERY_POSITION = "model evidence every position needs";
const bare = (claim: { text: string }) => claim.text.trim().replace(/[.!?]+$/, "");

function overlaps(span: Span, target: Target, ownSlug: string): boolean {
  if ((span.documentSlug ?? ownSlug) !== (target.documentSlug ?? ownSlug)) return false;
  if (span.paragraphNumber !== target.paragraphNumber) return false;
  const start = span.start ?? 0;
  const end = span.end ?? Number.POSITIVE_INFINITY;
  return start < target.end && target.start < end;
}

/** What a student's passage served: the positions of the model passages it overlaps, or why none. */
export function passageServes(span: Span, key: ItemKey, context: ReviewContext): string {
  const ownSlug = context.paragraphs.ownSlug ?? "";
  const hits = key.targets.filter((t) => overlaps(span, t, ownSlug));
  const keys = hits.filter((t) => t.role !== "ACCEPTABLE");
  if (keys.length === 0)
    return hits.length > 0 ? "Serves: an acceptable passage" : "Serves: not in the model evidence";
  const positions = new Set<string>();
  for (const t of keys)
    if (t.claims.length === 0) positions.add(EVERY_POSITION);
    else for (const claim of t.claims) positions.add(bare(claim));
  return `Serves: ${[...positions].join("; ")}`;
}

/** A model passage's note with the positions it serves, or its standing as acceptable. */
export function targetNote(target: Target): string {
  if (target.role === "ACCEPTABLE")
    return `Acceptable, not required${target.countsForRecall ? " (may stand in for a key passage)" : ""}. ${target.note}`;
  if (target.claims.length === 0) return target.note;
  return `${target.note} For: ${target.claims.map(bare).join("; ")}.`;
}
