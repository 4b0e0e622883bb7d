/** Facility (0..1) as a whole percentage; "—" before anything is scored. */
export function formatFacility(facility: number | null | undefined): string {
  return facility == null ? "—" : `${Math.round(facility * 100)}%`;
}

/** Discrimination (−1..1) to two decimals with a real minus sign; "—" below five scored answers. */
export function formatDiscrimination(discrimination: number | null | undefined): string {
  if (discrimination == null) return "—";
  const text = Math.abs(discrimination).toFixed(2);
  return discrimination < 0 && text !== "0.00" ? `−${text}` : text;
}

/** Fewer answers than this say nothing about the class. */
const MIN_RESPONSES_FOR_NOTE = 3;

/** A short reading of the numbers, for a teacher deciding what to reteach; empty while there are too few answers. */
export function statisticsNote(
  responses: number,
  facility: number | null | undefined,
  discrimination: number | null | undefined,
): string {
  if (responses < MIN_RESPONSES_FOR_NOTE) return "";
  const notes: string[] = [];
  if (facility != null && facility < 0.4) notes.push("Hard for this class");
  if (facility != null && facility > 0.9) notes.push("Easy for this class");
  if (discrimination != null && discrimination < 0.2)
    notes.push("Check the wording: strong and weak students did alike");
  return notes.join(". ");
}
