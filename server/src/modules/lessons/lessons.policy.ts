// Pure: who may use a lesson beyond reading it.

/**
 * A built-in lesson is anyone's to assign, try and read the keys of; an authored one (a version
 * of a teacher's own question set) only its owner's. Students practise only built-in lessons.
 */
export const mayUseLesson = (
  userId: string | null,
  lesson: { authored: boolean; authoredBy: string | null },
): boolean => !lesson.authored || (userId !== null && lesson.authoredBy === userId);
