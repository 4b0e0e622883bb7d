import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
// The printed schema lists queries, mutations and fields in the order these modules load: keep
// it (server/schema.graphql is checked byte for byte).
import {
  DocumentResolver,
  GlossaryTermResolver,
  ParagraphResolver,
  PersonResolver,
} from "../modules/documents/documents.resolver.js";
import { SearchResolver } from "../modules/documents/search.resolver.js";
import { AttemptResolver } from "../modules/attempts/attempts.resolver.js";
import { ResponseResolver } from "../modules/attempts/responses.resolver.js";
import { UserResolver } from "../modules/users/users.resolver.js";
import { AssignmentResolver } from "../modules/assignments/assignments.resolver.js";
import { LessonKeyResolver } from "../modules/results/lesson-key.resolver.js";
import { AssignmentResultsResolver } from "../modules/results/results.resolver.js";
import { ClassroomResolver } from "../modules/classes/classes.resolver.js";
import { JoinPayloadResolver } from "../modules/classes/join-payload.resolver.js";
import { ClassroomAssignmentsResolver } from "../modules/assignments/classroom-assignments.resolver.js";
import { TeacherScoringResolver } from "../modules/attempts/teacher-scoring.resolver.js";
import { TeacherUndoResolver } from "../modules/attempts/teacher-undo.resolver.js";
import { TriesResolver } from "../modules/attempts/tries.resolver.js";
import { ExerciseResolver } from "../modules/exercises/exercises.resolver.js";
import { DocumentCitationsResolver } from "../modules/lessons/citations.resolver.js";
import {
  DocumentLessonsResolver,
  LessonResolver,
  LessonStepResolver,
  QuestionSetResolver,
} from "../modules/lessons/lessons.resolver.js";
import { QUESTION_RESOLVERS, QUESTION_TYPES } from "../modules/questions/kinds/index.js";
import { MisconceptionResolver } from "../modules/questions/misconceptions.resolver.js";
import { EvidenceSourceResolver } from "../modules/questions/evidence-sources.js";
import { ClassroomRosterResolver } from "../modules/lti/roster.resolver.js";
import { AssignmentGradeSyncResolver } from "../modules/lti/grade-sync.resolver.js";
import { DeletionResolver } from "../modules/privacy/deletion.resolver.js";
import {
  AssignmentAuditTrailResolver,
  ClassroomAuditTrailResolver,
} from "../modules/results/audit-trail.resolver.js";
import { AuthoringResolver } from "../modules/authoring/authoring.resolver.js";
import { ClassroomLiveResolver, LiveResolver } from "../modules/live/live.resolver.js";
import { LessonStepHtmlResolver } from "../modules/lessons/lesson-step-html.resolver.js";
import { ExerciseHtmlResolver } from "../modules/exercises/exercise-html.resolver.js";
import { FeedbackHtmlResolver } from "../modules/attempts/feedback-html.resolver.js";
import {
  AttributionKeyHtmlResolver,
  ChoiceKeyHtmlResolver,
  ItemReviewHtmlResolver,
  PairKeyHtmlResolver,
} from "../modules/results/review-html.resolver.js";
import { assertKindRegistriesAgree } from "./kind-registries.js";

// type-graphql asks for a PubSub once there is a subscription; each of ours brings its own
// `subscribe` (modules/live, fed by PostgreSQL NOTIFY), so this one is never used.
const UNUSED_PUBSUB = {
  publish() {
    throw new Error("subscriptions are fed by modules/live, not a PubSub");
  },
  subscribe() {
    throw new Error("subscriptions are fed by modules/live, not a PubSub");
  },
};

/** The served schema, built from the resolver classes. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  assertKindRegistriesAgree();
  return buildSchema({
    resolvers: [
      DocumentResolver,
      ParagraphResolver,
      PersonResolver,
      GlossaryTermResolver,
      SearchResolver,
      DocumentLessonsResolver,
      DocumentCitationsResolver,
      LessonResolver,
      LessonStepResolver,
      QuestionSetResolver,
      ...QUESTION_RESOLVERS,
      MisconceptionResolver,
      EvidenceSourceResolver,
      ExerciseResolver,
      UserResolver,
      AttemptResolver,
      ResponseResolver,
      ClassroomResolver,
      JoinPayloadResolver,
      ClassroomAssignmentsResolver,
      AssignmentResolver,
      AssignmentResultsResolver,
      LessonKeyResolver,
      TeacherScoringResolver,
      TeacherUndoResolver,
      TriesResolver,
      ClassroomRosterResolver,
      AssignmentGradeSyncResolver,
      DeletionResolver,
      ClassroomAuditTrailResolver,
      AssignmentAuditTrailResolver,
      AuthoringResolver,
      LiveResolver,
      ClassroomLiveResolver,
      // Authored Markdown as HTML, rendered once on the server for every client.
      LessonStepHtmlResolver,
      ExerciseHtmlResolver,
      FeedbackHtmlResolver,
      ItemReviewHtmlResolver,
      ChoiceKeyHtmlResolver,
      PairKeyHtmlResolver,
      AttributionKeyHtmlResolver,
    ],
    pubSub: UNUSED_PUBSUB,
    orphanedTypes: QUESTION_TYPES,
    validate: false,
  });
}
