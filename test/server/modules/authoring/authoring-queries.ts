/** What the authoring tests read of a set. */
export const SET_FIELDS = `id slug title
  authoring { version status draft problems { path message } publishable changedSincePublished
    versions { number lessonSlug } copiedFrom shareCode yaml }`;
