import { prefetchOpenAttempts } from "../api/attempt.js";
import { prefetchPlayerLesson } from "../api/player.js";
import { prefetchReaderDocument } from "../api/reader.js";

const PAGES: Array<[RegExp, (slug: string) => void]> = [
  [/^\/documents\/([^/]+)\/?$/, prefetchReaderDocument],
  [
    /^\/lessons\/([^/]+)\/?$/,
    (slug) => {
      prefetchPlayerLesson(slug);
      // A signed-in student resumes an open practice attempt: the player asks for it next.
      prefetchOpenAttempts();
    },
  ],
];

/**
 * On a first visit, starts the query of a document's or a lesson's page at once: it travels
 * while the page's own code is still loading, instead of after it.
 */
export function prefetchRouteData(path: string): void {
  for (const [pattern, start] of PAGES) {
    const slug = pattern.exec(path)?.[1];
    if (slug) start(decodeURIComponent(slug));
  }
}
