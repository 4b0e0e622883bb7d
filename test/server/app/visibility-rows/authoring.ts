import { FORBIDDEN, NOT_FOUND, UNAUTHENTICATED, type Row } from "./row.js";

const NOBODY_ELSE = { anonymous: null, student: null, classmate: null, outsider: null };
/** Students and anonymous callers are refused every authoring change. */
const NOT_A_TEACHER = {
  anonymous: UNAUTHENTICATED,
  student: FORBIDDEN,
  classmate: FORBIDDEN,
  outsider: FORBIDDEN,
};
/** The set is teacher T's: another teacher is told it does not exist. */
const OWNER_ONLY = { ...NOT_A_TEACHER, otherTeacher: NOT_FOUND };

const mine = (d: any, w: any) =>
  d.myQuestionSets?.find((s: any) => s.id === w.vars.authoredSetId)?.authoring ?? null;

/** Who sees a teacher's own question set: its draft, keys, versions and share code. */
export const AUTHORING_READ_ROWS: Row[] = [
  {
    field: "Query.myQuestionSets",
    query: `{ myQuestionSets { id authoring { version yaml } } }`,
    pick: (d, w) => d.myQuestionSets.filter((s: any) => s.id === w.vars.authoredSetId),
    may: ["teacher"],
    mayNot: { anonymous: [], student: [], classmate: [], outsider: [], otherTeacher: [] },
  },
  {
    // By id: the owner's own set (a copy through a share link is the copier's own set).
    field: "Query.myQuestionSet",
    query: `query($authoredSetId: ID!) { myQuestionSet(id: $authoredSetId) { id authoring { version shareCode } } }`,
    pick: (d) => d.myQuestionSet?.authoring?.version ?? null,
    may: ["teacher"],
    mayNot: { ...NOBODY_ELSE, otherTeacher: null },
  },
  {
    // A draft's preview is a lesson only its owner reads, whoever has its slug.
    field: "Query.lesson",
    via: "a draft's preview",
    query: `query($authoredPreviewSlug: String!) { lesson(slug: $authoredPreviewSlug) { slug steps { questionSet { id } } } }`,
    may: ["teacher"],
    mayNot: { ...NOBODY_ELSE, otherTeacher: null },
  },
  {
    field: "Query.questionSet",
    via: "a draft's preview",
    query: `query($authoredPreviewSlug: String!) { questionSet(slug: $authoredPreviewSlug) { id } }`,
    may: ["teacher"],
    mayNot: { ...NOBODY_ELSE, otherTeacher: null },
  },
  {
    field: "QuestionSet.authoring",
    via: "Query.myQuestionSets",
    query: `{ myQuestionSets { id authoring { version shareCode yaml problems { path } } } }`,
    pick: (d, w) => {
      const authoring = mine(d, w);
      return authoring && { version: authoring.version, code: authoring.shareCode };
    },
    may: ["teacher"],
    mayNot: { ...NOBODY_ELSE, otherTeacher: null },
  },
  {
    // The published version is a lesson anyone with its slug reads: never with its draft or keys.
    field: "QuestionSet.authoring",
    via: "Query.lesson",
    query: `query($authoredLessonSlug: String!) { lesson(slug: $authoredLessonSlug) {
      steps { questionSet { authoring { draft } } } } }`,
    pick: (d) => d.lesson?.steps[0]?.questionSet?.authoring ?? null,
    may: [],
    mayNot: { ...NOBODY_ELSE, teacher: null, otherTeacher: null },
  },
  {
    // Any teacher reads a built-in lesson's keys; an authored lesson's are its owner's alone.
    field: "Query.lessonKey",
    via: "an authored lesson",
    query: `query($authoredLessonSlug: String!) { lessonKey(slug: $authoredLessonSlug) { items { itemId } } }`,
    may: ["teacher"],
    mayNot: {
      anonymous: UNAUTHENTICATED,
      student: FORBIDDEN,
      classmate: FORBIDDEN,
      outsider: FORBIDDEN,
      otherTeacher: null,
    },
  },
];

/** Who may change a teacher's set; the owner's own calls come in an order the world allows. */
export const AUTHORING_MUTATION_ROWS: Row[] = [
  {
    field: "Mutation.createQuestionSet",
    query: `mutation($authoredDocumentSlug: String!) {
      createQuestionSet(input: { title: "Mine", documentSlug: $authoredDocumentSlug }) { id } }`,
    may: ["teacher", "otherTeacher"],
    mayNot: NOT_A_TEACHER,
  },
  {
    field: "Mutation.duplicateQuestionSet",
    query: `mutation($authoredSetId: ID!) { duplicateQuestionSet(id: $authoredSetId) { id } }`,
    may: ["teacher"],
    mayNot: OWNER_ONLY,
  },
  {
    field: "Mutation.updateQuestionSet",
    query: `mutation($authoredSetId: ID!, $authoredVersion: Int!) {
      updateQuestionSet(id: $authoredSetId, input: { title: "Renamed" }, expectedVersion: $authoredVersion) {
        authoring { version } } }`,
    may: ["teacher"],
    mayNot: OWNER_ONLY,
  },
  {
    field: "Mutation.publishQuestionSet",
    query: `mutation($authoredSetId: ID!) { publishQuestionSet(id: $authoredSetId) { id } }`,
    may: ["teacher"],
    mayNot: OWNER_ONLY,
  },
  {
    field: "Mutation.previewQuestionSet",
    query: `mutation($authoredSetId: ID!) { previewQuestionSet(id: $authoredSetId) { lessonSlug } }`,
    may: ["teacher"],
    mayNot: OWNER_ONLY,
  },
  {
    field: "Mutation.shareQuestionSet",
    query: `mutation($authoredSetId: ID!) { shareQuestionSet(id: $authoredSetId) { id } }`,
    may: ["teacher"],
    mayNot: OWNER_ONLY,
  },
  {
    // The link's code gives any teacher a copy of their own, never the set itself.
    field: "Mutation.copySharedQuestionSet",
    query: `mutation($authoredShareCode: String!) {
      copySharedQuestionSet(shareCode: $authoredShareCode) { id } }`,
    may: ["teacher", "otherTeacher"],
    mayNot: NOT_A_TEACHER,
  },
  {
    field: "Mutation.importQuestionSet",
    query: `mutation($authoredYaml: String!) { importQuestionSet(yaml: $authoredYaml) { id } }`,
    may: ["teacher", "otherTeacher"],
    mayNot: NOT_A_TEACHER,
  },
  {
    field: "Mutation.assignQuestionSet",
    query: `mutation($classId: ID!, $authoredSetId: ID!) {
      assignQuestionSet(classId: $classId, questionSetId: $authoredSetId) { id } }`,
    may: ["teacher"],
    mayNot: OWNER_ONLY,
  },
  {
    field: "Mutation.archiveQuestionSet",
    query: `mutation($authoredSetId: ID!) { archiveQuestionSet(id: $authoredSetId) { id } }`,
    may: ["teacher"],
    mayNot: OWNER_ONLY,
  },
];
