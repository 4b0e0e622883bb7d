import { ref } from "vue";
import { type ApiError, request } from "../api/client.js";
import type { AnswerInput } from "../api/generated/graphql.js";
import { type PlayerAttempt, type PlayerFeedback, PlayerSaveResponse } from "../api/player.js";
import { toAnswerInput } from "../components/questions/types.js";
import { type Autosaver, useAutosave } from "./useAutosave.js";

/** What the server says when an answer reaches a submitted attempt, in a student's words. */
export const HANDED_IN = "This lesson has been handed in; it can no longer change.";

type Saved = { revision: number; feedback: PlayerFeedback | null };

export interface PlayerAnswersOptions {
  /** The open attempt's id, starting one (and a guest session) on the first answer; null if that failed. */
  ensureAttempt: () => Promise<string | null>;
  /** A save was refused because the attempt is already submitted. */
  onHandedIn?: () => void;
}

/**
 * The student's answers and the feedback on them, saved as they change. Answers live here; the
 * Autosaver sends them (and keeps them in the browser until the server has them).
 */
export function usePlayerAnswers(options: PlayerAnswersOptions) {
  const answers = ref<Record<string, AnswerInput>>({});
  const feedback = ref<Record<string, PlayerFeedback | null>>({});
  const errors = ref<Record<string, string>>({});
  const autosave = useAutosave();
  let saver: Autosaver<Saved> | null = null;

  const setError = (itemId: string, message: string | null) => {
    const next = { ...errors.value };
    if (message) next[itemId] = message;
    else delete next[itemId];
    errors.value = next;
  };

  /** Takes up an attempt: its stored answers, then anything this browser still holds unsent. */
  function resume(attempt: PlayerAttempt) {
    const stored = new Map(attempt.responses.map((response) => [response.itemId, response.revision]));
    answers.value = { ...answers.value, ...Object.fromEntries(attempt.responses.map((r) => [r.itemId, toAnswerInput(r.answer)])) };
    feedback.value = Object.fromEntries(attempt.responses.map((r) => [r.itemId, r.feedback]));
    errors.value = {};
    if (attempt.status === "SUBMITTED") {
      autosave.stop();
      saver = null;
      return;
    }
    saver = autosave.start<Saved>({
      attemptId: attempt.id,
      storedRevisions: stored,
      send: async (save) => (await request(PlayerSaveResponse, { attemptId: attempt.id, ...save })).saveResponse,
      onSaved: (save, response, latest) => {
        if (!latest) return;
        feedback.value = { ...feedback.value, [save.itemId]: response.feedback };
        setError(save.itemId, null);
      },
      onRefused: (save, error: ApiError) => {
        setError(save.itemId, error.code === "CONFLICT" ? HANDED_IN : error.message);
        if (error.code === "CONFLICT") options.onHandedIn?.();
      },
    });
    const unsent = saver.unsent();
    if (unsent.length > 0) {
      answers.value = { ...answers.value, ...Object.fromEntries(unsent.map((save) => [save.itemId, save.answer])) };
      void saver.flush();
    }
  }

  /** A control changed an answer: show it at once, save it (typed text after a pause). */
  async function change(itemId: string, answer: AnswerInput, typed: boolean) {
    answers.value = { ...answers.value, [itemId]: answer };
    if (!saver) {
      const attemptId = await options.ensureAttempt();
      if (!attemptId || !saver) return;
    }
    saver.change(itemId, answers.value[itemId]!, typed);
  }

  /** Sends everything still waiting; true when the server holds every answer. */
  async function settle(): Promise<boolean> {
    return saver ? saver.settle() : true;
  }

  /** Forgets the answers (a new practice attempt). */
  function reset() {
    autosave.stop();
    saver = null;
    answers.value = {};
    feedback.value = {};
    errors.value = {};
  }

  return { answers, feedback, errors, resume, change, settle, reset };
}
