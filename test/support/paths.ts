import { fileURLToPath } from "node:url";

/** The project's root directory, with a trailing slash. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The built-in lessons and documents every prepared test database holds. */
export const LESSONS_DIR = `${ROOT}lessons`;
