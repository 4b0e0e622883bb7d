import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import {
  DocumentResolver,
  GlossaryTermResolver,
  ParagraphResolver,
  PersonResolver,
} from "../modules/documents/documents.resolver.js";
import { AttemptResolver, ResponseResolver } from "../modules/attempts/attempts.resolver.js";
import { UserResolver } from "../modules/users/users.resolver.js";
import { AssignmentResolver } from "../modules/assignments/assignments.resolver.js";
import { ClassroomResolver } from "../modules/classes/classes.resolver.js";
import { GradingResolver } from "../modules/grading/grading.resolver.js";
import { ExerciseResolver } from "../modules/exercises/exercises.resolver.js";
import { LessonResolver, LessonStepResolver, QuestionSetResolver } from "../modules/lessons/lessons.resolver.js";
import {
  ChoiceQuestionResolver,
  MatchingQuestionResolver,
  OrderingQuestionResolver,
} from "../modules/questions/questions.resolver.js";
import { QUESTION_TYPES } from "../modules/questions/questions.types.js";

/** The served schema, built from the resolver classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      DocumentResolver,
      ParagraphResolver,
      PersonResolver,
      GlossaryTermResolver,
      LessonResolver,
      LessonStepResolver,
      QuestionSetResolver,
      ChoiceQuestionResolver,
      OrderingQuestionResolver,
      MatchingQuestionResolver,
      ExerciseResolver,
      UserResolver,
      AttemptResolver,
      ResponseResolver,
      ClassroomResolver,
      AssignmentResolver,
      GradingResolver,
    ],
    orphanedTypes: QUESTION_TYPES,
    validate: false,
  });
}
