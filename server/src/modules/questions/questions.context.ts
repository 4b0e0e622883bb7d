import type { QuestionLoaders } from "./questions.loaders.js";

/** What the question resolvers read: the questions' loaders. */
export interface QuestionsContext {
  loaders: { questions: QuestionLoaders };
}
