import { ref } from "vue";
import {
  assignQuestionSet,
  copySharedQuestionSet,
  createQuestionSet,
  duplicateQuestionSet,
  fetchAuthoringChoices,
  fetchMyQuestionSetList,
  importQuestionSet,
} from "../api/authoring.js";
import { ApiError } from "../api/client.js";
import type { FeedbackTiming } from "../api/generated/graphql.js";
import { useAsync } from "./useAsync.js";
import { useSession } from "./useSession.js";

/** The teacher's own sets and what making one needs (documents, classes, the misconception catalogue). */
export function useQuestionSets() {
  const session = useSession();
  const state = useAsync(async () => {
    await session.load();
    if (!session.isTeacher.value) return null;
    const [sets, choices] = await Promise.all([fetchMyQuestionSetList(), fetchAuthoringChoices()]);
    return { sets, ...choices };
  });
  const busy = ref(false);
  const problem = ref("");

  /** Runs one change; its new set's id, or null with `problem` set. */
  async function change(action: () => Promise<{ id: string }>): Promise<string | null> {
    busy.value = true;
    problem.value = "";
    try {
      return (await action()).id;
    } catch (caught) {
      problem.value = caught instanceof ApiError ? caught.message : String(caught);
      return null;
    } finally {
      busy.value = false;
    }
  }

  return {
    session,
    ...state,
    busy,
    problem,
    create: (title: string, documentSlug: string) =>
      change(() => createQuestionSet(title, documentSlug)),
    duplicate: (id: string) => change(() => duplicateQuestionSet(id)),
    importYaml: (yaml: string) => change(() => importQuestionSet(yaml)),
    copyShared: (code: string) => change(() => copySharedQuestionSet(code)),
    assign: (classId: string, id: string, dueAt: string | null, feedback: FeedbackTiming) =>
      change(() => assignQuestionSet(classId, id, dueAt, feedback)),
  };
}

/** "Copy and adapt" of a built-in set, where no list of sets is loaded (the teacher guide). */
export function useCopyAndAdapt() {
  const busy = ref(false);
  const problem = ref("");
  async function copy(id: string): Promise<string | null> {
    busy.value = true;
    problem.value = "";
    try {
      return (await duplicateQuestionSet(id)).id;
    } catch (caught) {
      problem.value = caught instanceof ApiError ? caught.message : String(caught);
      return null;
    } finally {
      busy.value = false;
    }
  }
  return { busy, problem, copy };
}
