import type { Auth } from "./classroom.js";
import type { TestServer } from "./server.js";

/** The visibility world's authored set: teacher T's copy of a built-in set, published and shared. */
export interface AuthoringVars {
  authoredSetId: string;
  authoredVersion: number;
  authoredLessonSlug: string;
  authoredShareCode: string;
  authoredYaml: string;
  authoredDocumentSlug: string;
  /** The lesson of the set's draft preview (previewQuestionSet): T's alone. */
  authoredPreviewSlug: string;
}

export async function buildAuthoringVars(
  server: TestServer,
  teacher: Auth,
): Promise<AuthoringVars> {
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const { data, errors } = await server.gql(query, variables, teacher);
    if (errors) throw new Error(JSON.stringify(errors));
    return data;
  };
  const builtIn = (await call(`{ questionSet(slug: "sourcing-marks-and-readers") { id } }`))
    .questionSet.id as string;
  const set = (
    await call(`mutation($id: ID!) { duplicateQuestionSet(id: $id) { id } }`, { id: builtIn })
  ).duplicateQuestionSet;
  await call(`mutation($id: ID!) { publishQuestionSet(id: $id) { id } }`, { id: set.id });
  const shared = (
    await call(
      `mutation($id: ID!) { shareQuestionSet(id: $id) { authoring { version shareCode yaml draft versions { lessonSlug } } } }`,
      { id: set.id },
    )
  ).shareQuestionSet.authoring;
  const preview = (
    await call(`mutation($id: ID!) { previewQuestionSet(id: $id) { lessonSlug } }`, { id: set.id })
  ).previewQuestionSet;
  return {
    authoredPreviewSlug: preview.lessonSlug,
    authoredSetId: set.id,
    authoredVersion: shared.version,
    authoredLessonSlug: shared.versions[0].lessonSlug,
    authoredShareCode: shared.shareCode,
    authoredYaml: shared.yaml,
    authoredDocumentSlug: shared.draft.document,
  };
}
