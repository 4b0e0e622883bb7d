/** The lesson player speaks British English ("Friday 14 March 2025", "1.5 points") whatever the browser's locale. */
export const LESSON_LOCALE = "en-GB";
