// Pure: who may use a lesson beyond reading it.

/**
 * A built-in lesson is anyone's to assign, try and read the keys of; an authored one (a version
 * of a teacher's own question set) only its owner's. Students practise only built-in lessons.
 */
export const mayUseLesson = (
  userId: string | null,
  lesson: { authored: boolean; authoredBy: string | null },
): boolean => !lesson.authored || (userId !== null && lesson.authoredBy === userId);

/**
 * Assigning (in a class or through an LMS link): a lesson its owner may use, but never a preview
 * of a draft, which is its owner's alone to try.
 */
export const mayAssignLesson = (
  userId: string | null,
  lesson: { authored: boolean; authoredBy: string | null; preview: boolean },
): boolean => mayUseLesson(userId, lesson) && !lesson.preview;

/** Reading a lesson's content by its slug: anyone, but a draft's preview only its owner. */
export const mayReadLesson = (
  userId: string | null,
  lesson: { authored: boolean; authoredBy: string | null; preview: boolean },
): boolean => !lesson.preview || mayUseLesson(userId, lesson);
