/** The four habits of historical thinking, in students' words. */
export const SKILL_LABELS: Record<string, string> = {
  SOURCING: "Sourcing",
  CLOSE_READING: "Close reading",
  CONTEXTUALIZATION: "Context",
  CORROBORATION: "Corroboration",
};
