import { ApiError, dataOf, post, request } from "./client.js";
import { graphql } from "./generated/gql.js";
import type { FeedbackTiming } from "./generated/graphql.js";

/** One of the teacher's own sets by its id, for the editor and the preview (null: not theirs). */
const MyQuestionSet = graphql(`
  query MyQuestionSet($id: ID!) {
    myQuestionSet(id: $id) {
      ...AuthoredSet
    }
  }
`);

/** The owner's draft compiled into a private preview lesson (remade when the draft changed). */
const PreviewQuestionSet = graphql(`
  mutation PreviewQuestionSet($id: ID!) {
    previewQuestionSet(id: $id) { lessonSlug draftVersion }
  }
`);

/** The list of a teacher's own sets: no drafts, paragraphs or files. */
const MyQuestionSetList = graphql(`
  query MyQuestionSetList {
    myQuestionSets {
      id title
      document { slug title }
      authoring {
        status updatedAt
        problems { path }
        versions { number lessonSlug }
      }
    }
  }
`);

graphql(`
  fragment AuthoredSet on QuestionSet {
    id slug title
    document { slug title paragraphs { number text notes { id kind start end } } }
    authoring {
      version status draft publishable changedSincePublished copiedFrom shareCode yaml updatedAt
      problems { path message }
      versions { number lessonSlug publishedAt }
    }
  }
`);

/** What "New set" and "Assign" offer: the documents and the teacher's classes. */
const AuthoringChoices = graphql(`
  query AuthoringChoices {
    documents { slug title date }
    myClasses { id name archived }
    misconceptions { id name }
    lessons { slug title steps { questionSet { id title } } }
  }
`);

const CreateQuestionSet = graphql(`
  mutation CreateQuestionSet($title: String!, $documentSlug: String!) {
    createQuestionSet(input: { title: $title, documentSlug: $documentSlug }) { ...AuthoredSet }
  }
`);

const DuplicateQuestionSet = graphql(`
  mutation DuplicateQuestionSet($id: ID!) {
    duplicateQuestionSet(id: $id) { ...AuthoredSet }
  }
`);

const ImportQuestionSet = graphql(`
  mutation ImportQuestionSet($yaml: String!) {
    importQuestionSet(yaml: $yaml) { ...AuthoredSet }
  }
`);

const UpdateQuestionSet = graphql(`
  mutation UpdateQuestionSet($id: ID!, $expectedVersion: Int!, $title: String, $content: JSONObject) {
    updateQuestionSet(id: $id, expectedVersion: $expectedVersion, input: { title: $title, content: $content }) {
      ...AuthoredSet
    }
  }
`);

const PublishQuestionSet = graphql(`
  mutation PublishQuestionSet($id: ID!, $move: Boolean!) {
    publishQuestionSet(id: $id, moveOpenAssignments: $move) { ...AuthoredSet }
  }
`);

const ArchiveQuestionSet = graphql(`
  mutation ArchiveQuestionSet($id: ID!) {
    archiveQuestionSet(id: $id) { ...AuthoredSet }
  }
`);

const ShareQuestionSet = graphql(`
  mutation ShareQuestionSet($id: ID!) {
    shareQuestionSet(id: $id) { ...AuthoredSet }
  }
`);

const CopySharedQuestionSet = graphql(`
  mutation CopySharedQuestionSet($code: String!) {
    copySharedQuestionSet(shareCode: $code) { ...AuthoredSet }
  }
`);

const AssignQuestionSet = graphql(`
  mutation AssignQuestionSet($classId: ID!, $id: ID!, $dueAt: DateTimeISO, $feedback: FeedbackTiming) {
    assignQuestionSet(classId: $classId, questionSetId: $id, dueAt: $dueAt, feedback: $feedback) {
      id
    }
  }
`);

export type AuthoredSet = NonNullable<Awaited<ReturnType<typeof fetchMyQuestionSet>>>;
export type Draft = Record<string, unknown>;

export const fetchMyQuestionSet = async (id: string) =>
  (await request(MyQuestionSet, { id })).myQuestionSet ?? null;
export const fetchMyQuestionSetList = async () => (await request(MyQuestionSetList)).myQuestionSets;
export const fetchAuthoringChoices = () => request(AuthoringChoices);
export const createQuestionSet = async (title: string, documentSlug: string) =>
  (await request(CreateQuestionSet, { title, documentSlug })).createQuestionSet;
export const duplicateQuestionSet = async (id: string) =>
  (await request(DuplicateQuestionSet, { id })).duplicateQuestionSet;
export const importQuestionSet = async (yaml: string) =>
  (await request(ImportQuestionSet, { yaml })).importQuestionSet;
export const publishQuestionSet = async (id: string, move: boolean) =>
  (await request(PublishQuestionSet, { id, move })).publishQuestionSet;
export const archiveQuestionSet = async (id: string) =>
  (await request(ArchiveQuestionSet, { id })).archiveQuestionSet;
export const shareQuestionSet = async (id: string) =>
  (await request(ShareQuestionSet, { id })).shareQuestionSet;
export const copySharedQuestionSet = async (code: string) =>
  (await request(CopySharedQuestionSet, { code })).copySharedQuestionSet;
export const assignQuestionSet = async (
  classId: string,
  id: string,
  dueAt: string | null,
  feedback: FeedbackTiming,
) => (await request(AssignQuestionSet, { classId, id, dueAt, feedback })).assignQuestionSet;

/** A save refused because another tab or device saved first: the version and draft it holds. */
export class StaleVersionError extends ApiError {
  constructor(
    message: string,
    readonly currentVersion: number,
    readonly current: { title: string; draft: Draft },
  ) {
    super(message, "CONFLICT");
  }
}

/** Saves the draft from `expectedVersion`; a stale save throws StaleVersionError, never overwrites. */
export async function updateQuestionSet(
  id: string,
  expectedVersion: number,
  input: { title?: string; content?: Draft },
): Promise<AuthoredSet> {
  const body = await post({
    query: UpdateQuestionSet.toString(),
    variables: { id, expectedVersion, ...input },
  });
  const error = body.errors?.[0] as
    { message: string; extensions?: Record<string, unknown> } | undefined;
  if (error?.extensions?.reason === "STALE_VERSION")
    throw new StaleVersionError(
      error.message,
      Number(error.extensions.currentVersion),
      error.extensions.current as { title: string; draft: Draft },
    );
  return dataOf<{ updateQuestionSet: AuthoredSet }>(body).updateQuestionSet;
}

/** A draft that does not compile into a lesson: its problems by field, as the editor lists them. */
export class DraftProblemsError extends ApiError {
  constructor(
    message: string,
    readonly problems: Array<{ path: string; message: string }>,
  ) {
    super(message, "BAD_USER_INPUT");
  }
}

/** The preview lesson of the set's current draft; a draft with problems throws DraftProblemsError. */
export async function previewQuestionSet(
  id: string,
): Promise<{ lessonSlug: string; draftVersion: number }> {
  const body = await post({ query: PreviewQuestionSet.toString(), variables: { id } });
  const error = body.errors?.[0] as
    { message: string; extensions?: Record<string, unknown> } | undefined;
  if (Array.isArray(error?.extensions?.problems))
    throw new DraftProblemsError(
      error.message,
      error.extensions.problems as Array<{ path: string; message: string }>,
    );
  return dataOf<{ previewQuestionSet: { lessonSlug: string; draftVersion: number } }>(body)
    .previewQuestionSet;
}
