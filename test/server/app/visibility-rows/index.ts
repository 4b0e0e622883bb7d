import { CLASSES_ROWS } from "./classes.js";
import { ASSIGNMENTS_ROWS } from "./assignments.js";
import { ATTEMPTS_ROWS } from "./attempts.js";
import { AUTHORING_MUTATION_ROWS, AUTHORING_READ_ROWS } from "./authoring.js";
import { DELETION_ROWS } from "./deletions.js";
import { MUTATIONS_ROWS } from "./mutations.js";
import { PRIVACY_ROWS } from "./privacy.js";
import { LIVE_ROWS } from "./live.js";
import type { Row } from "./row.js";

export { Refusal, type Row } from "./row.js";

/** Every row of the visibility matrix, mutations last (they change the world). */
export const ROWS: Row[] = [
  ...CLASSES_ROWS,
  ...ASSIGNMENTS_ROWS,
  ...ATTEMPTS_ROWS,
  ...PRIVACY_ROWS,
  ...AUTHORING_READ_ROWS,
  ...AUTHORING_MUTATION_ROWS,
  ...LIVE_ROWS,
  ...MUTATIONS_ROWS,
  ...DELETION_ROWS,
];
