import { ref, shallowRef } from "vue";
import * as attempts from "../api/attempt.js";
import type { PlayerAttempt, PlayerFeedback, SavedResponse } from "../api/attempt.js";
import { ApiError } from "../api/client.js";
import type { AnswerInput } from "../api/generated/graphql.js";
import { toAnswerInput } from "../lib/questions/answers.js";
import { type Autosaver, useAutosave } from "./useAutosave.js";
import type { QueuedSave, QueueStore } from "./useAutosaveQueue.js";
import { useStatus } from "./useStatus.js";

/** What the server says when an answer reaches a submitted attempt, in a student's words. */
export const HANDED_IN = "This lesson has been handed in; it can no longer change.";

/** A problem with the attempt in a student's words. */
export const problemOf = (error: unknown) =>
  error instanceof ApiError
    ? error.code === "CONFLICT" &&
      error.reason !== "CLASS_PAUSED" &&
      !/locked|revision|tries/i.test(error.message)
      ? HANDED_IN
      : error.message
    : "Something went wrong. Please try again.";

/** Tries mode: how far an item is (null tries: the item is not checked). */
export type TriesInfo = Pick<SavedResponse, "triesUsed" | "triesLeft" | "maxTries" | "locked">;

const triesOf = (r: TriesInfo): TriesInfo => ({
  triesUsed: r.triesUsed,
  triesLeft: r.triesLeft,
  maxTries: r.maxTries,
  locked: r.locked,
});

/**
 * none: no attempt yet (the first answer starts one) · starting: asked the server for one ·
 * open: answers are saved as they change · submitted: handed in, read-only ·
 * error: starting failed (problem says why); the next start or answer tries again.
 */
export type AttemptState = "none" | "starting" | "open" | "submitted" | "error";

/** The server operations an attempt needs; tests pass fakes. */
export interface AttemptApi {
  save: (attemptId: string, save: QueuedSave) => Promise<SavedResponse>;
  submit: (attemptId: string) => Promise<PlayerAttempt["status"]>;
  read: (attemptId: string) => Promise<PlayerAttempt | null>;
  /** Tries mode: checks the saved answer at `revision`; gives up on an item. */
  check?: (attemptId: string, itemId: string, revision: number) => Promise<SavedResponse>;
  reveal?: (attemptId: string, itemId: string) => Promise<SavedResponse>;
}

export interface AttemptOptions {
  /** Starts the attempt, or resumes the open one (and whatever the server needs first, e.g. a guest session). */
  start: () => Promise<PlayerAttempt>;
  api?: AttemptApi;
  /** Where unsent answers wait (localStorage unless given). */
  store?: QueueStore | null;
}

const serverApi: AttemptApi = {
  save: attempts.saveResponse,
  submit: attempts.submitAttempt,
  read: attempts.fetchAttempt,
  check: attempts.checkResponse,
  reveal: attempts.revealResponse,
};

/**
 * One attempt's life, none → starting → open → submitted, with its answers, the feedback on them
 * and the autosaver that sends them. Answers given before the attempt exists start it (once, however
 * many arrive while it starts) and are saved as soon as it is open.
 */
export function useAttempt(options: AttemptOptions) {
  const api = options.api ?? serverApi;
  const status = useStatus();
  const autosave = useAutosave();
  const state = ref<AttemptState>("none");
  const current = shallowRef<PlayerAttempt | null>(null);
  const problem = ref<string | null>(null);
  /** The API's code for why starting failed (FORBIDDEN: the assignment closed before it was started). */
  const problemCode = ref<string | null>(null);
  const answers = ref<Record<string, AnswerInput>>({});
  const feedback = ref<Record<string, PlayerFeedback | null>>({});
  const errors = ref<Record<string, string>>({});
  /** Tries mode, per item the server holds an answer to. */
  const tries = ref<Record<string, TriesInfo>>({});
  /** The teacher paused the class: answers lock, and what is queued waits for the resume. */
  const paused = ref(false);
  let saver: Autosaver<SavedResponse> | null = null;
  let starting: Promise<boolean> | null = null;

  const setError = (itemId: string, message: string | null) => {
    const next = { ...errors.value };
    if (message) next[itemId] = message;
    else delete next[itemId];
    errors.value = next;
  };

  /** Takes up the attempt the server gave: its stored answers, then anything this browser still holds unsent. */
  function take(attempt: PlayerAttempt) {
    current.value = attempt;
    answers.value = {
      ...answers.value,
      ...Object.fromEntries(attempt.responses.map((r) => [r.itemId, toAnswerInput(r.answer)])),
    };
    feedback.value = Object.fromEntries(attempt.responses.map((r) => [r.itemId, r.feedback]));
    tries.value = Object.fromEntries(attempt.responses.map((r) => [r.itemId, triesOf(r)]));
    errors.value = {};
    if (attempt.status === "SUBMITTED") {
      autosave.stop();
      saver = null;
      state.value = "submitted";
      return;
    }
    state.value = "open";
    saver = autosave.start<SavedResponse>({
      attemptId: attempt.id,
      storedRevisions: new Map(attempt.responses.map((r) => [r.itemId, r.revision])),
      store: options.store,
      send: (save) => api.save(attempt.id, save),
      onSaved: (save, response, latest) => {
        if (!latest) return;
        feedback.value = { ...feedback.value, [save.itemId]: response.feedback };
        tries.value = { ...tries.value, [save.itemId]: triesOf(response) };
        setError(save.itemId, null);
      },
      onPaused: () => setPaused(true),
      onRefused: (save, error) => {
        setError(save.itemId, problemOf(error));
        if (error.code === "CONFLICT") void reread();
      },
    });
    const unsent = saver.unsent();
    if (unsent.length > 0) {
      answers.value = {
        ...answers.value,
        ...Object.fromEntries(unsent.map((save) => [save.itemId, save.answer])),
      };
      void saver.flush();
    }
  }

  /** Opens an attempt already read (the viewer's open practice): nothing is started. */
  function resume(attempt: PlayerAttempt) {
    if (state.value !== "open" && state.value !== "submitted") take(attempt);
  }

  /** Starts or resumes the attempt; true once it is open or submitted. Calls while starting share one start. */
  function start(): Promise<boolean> {
    if (state.value === "open" || state.value === "submitted") return Promise.resolve(true);
    starting ??= (async () => {
      state.value = "starting";
      problem.value = null;
      problemCode.value = null;
      try {
        take(await options.start());
        return true;
      } catch (error) {
        problem.value = problemOf(error);
        problemCode.value = error instanceof ApiError ? error.code : null;
        state.value = "error";
        return false;
      } finally {
        starting = null;
      }
    })();
    return starting;
  }

  /**
   * A control changed an answer: shown at once and saved (typed text after a pause), starting the
   * attempt first if there is none. A submitted attempt takes no answers: false.
   */
  async function save(itemId: string, answer: AnswerInput, typed: boolean): Promise<boolean> {
    if (state.value === "submitted") return false;
    answers.value = { ...answers.value, [itemId]: answer };
    if (state.value !== "open" && !(await start())) return false;
    if (!saver) return false;
    saver.change(itemId, answers.value[itemId]!, typed);
    return true;
  }

  /** The class paused or resumed: on resume, the answers queued meanwhile are sent at once. */
  function setPaused(value: boolean) {
    if (paused.value === value) return;
    paused.value = value;
    status.announce(value ? "Your teacher paused the class" : "The class resumed");
    if (!value) void saver?.resume();
  }

  /** Reads the attempt again: the submit unlocks feedback the attempt did not carry before. */
  async function reread(): Promise<void> {
    if (!current.value) return;
    const fresh = await api.read(current.value.id).catch(() => null);
    if (fresh) take(fresh);
  }

  /** Sends every answer, hands the attempt in and shows the results; null when done, else the problem in words. */
  async function submit(): Promise<string | null> {
    if (state.value !== "open" || !saver || !current.value)
      return "Answer at least one question before you submit.";
    try {
      if (!(await saver.settle())) {
        return "Some answers have not reached the server yet: you seem to be offline. They are kept; submit again once you are back online.";
      }
      const submitted = current.value;
      const after = await api.submit(submitted.id);
      await reread();
      if (state.value === "open" && current.value === submitted)
        take({ ...submitted, status: after });
      status.announce("Submitted");
      return null;
    } catch (error) {
      return problemOf(error);
    }
  }

  /**
   * Tries mode: sends every unsent answer first (so the revision checked is the one saved), then
   * checks the item's answer or gives up on it. Null when done, else the problem in words.
   */
  async function checkOrReveal(itemId: string, reveal: boolean): Promise<string | null> {
    if (state.value !== "open" || !saver || !current.value) return "Answer the question first.";
    const call = reveal ? api.reveal : api.check;
    if (!call) return "Checking is not available.";
    try {
      if (!(await saver.settle()))
        return "Your answer has not reached the server yet: you seem to be offline. It is kept; check again once you are back online.";
      const attemptId = current.value.id;
      const response = reveal
        ? await api.reveal!(attemptId, itemId)
        : await api.check!(attemptId, itemId, saver.revision(itemId));
      feedback.value = { ...feedback.value, [itemId]: response.feedback };
      tries.value = { ...tries.value, [itemId]: triesOf(response) };
      setError(itemId, null);
      status.announce(reveal ? "Answer shown" : "Checked");
      return null;
    } catch (error) {
      if (error instanceof ApiError && error.reason === "CLASS_PAUSED") setPaused(true);
      const problem = problemOf(error);
      setError(itemId, problem);
      return problem;
    }
  }

  /** Practice only: forgets the submitted attempt and its answers, and starts a fresh one. */
  function restart(): Promise<boolean> {
    autosave.stop();
    saver = null;
    current.value = null;
    state.value = "none";
    answers.value = {};
    feedback.value = {};
    tries.value = {};
    errors.value = {};
    return start();
  }

  return {
    state,
    current,
    problem,
    problemCode,
    answers,
    feedback,
    errors,
    tries,
    paused,
    setPaused,
    reread,
    resume,
    start,
    save,
    submit,
    check: (itemId: string) => checkOrReveal(itemId, false),
    reveal: (itemId: string) => checkOrReveal(itemId, true),
    restart,
  };
}
