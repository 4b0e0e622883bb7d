import { computed, ref, shallowRef } from "vue";
import { ApiError, request } from "../api/client.js";
import type { PlayerAssignmentQuery } from "../api/generated/graphql.js";
import {
  type PlayerAttempt,
  PlayerAssignmentQuery as AssignmentQuery,
  PlayerAttemptQuery,
  type PlayerLesson,
  PlayerLessonQuery,
  PlayerOpenAttemptsQuery,
  PlayerStartAttempt,
  PlayerSubmitAttempt,
} from "../api/player.js";
import { HANDED_IN, usePlayerAnswers } from "./usePlayerAnswers.js";
import { useSession } from "./useSession.js";
import { useStatus } from "./useStatus.js";

export type PlayerMode = { kind: "practice"; slug: string } | { kind: "assignment"; id: string };
export type PlayerAssignment = NonNullable<PlayerAssignmentQuery["assignment"]>;

/**
 * What the page is showing: loading; a problem; "sign in first" (assignments); a teacher's
 * read-only preview; the lesson to work through; or the results of a submitted attempt.
 */
export type PlayerPhase = "loading" | "error" | "signed-out" | "preview" | "working" | "results";

const message = (error: unknown) =>
  error instanceof ApiError ? (error.code === "CONFLICT" ? HANDED_IN : error.message) : "Something went wrong. Please try again.";

/** The lesson player: loads the lesson (and assignment), starts or resumes the attempt, saves answers, submits. */
export function usePlayer(mode: PlayerMode) {
  const session = useSession();
  const status = useStatus();
  const phase = ref<PlayerPhase>("loading");
  const problem = ref<string | null>(null);
  const lesson = shallowRef<PlayerLesson | null>(null);
  const assignment = shallowRef<PlayerAssignment | null>(null);
  const attempt = shallowRef<PlayerAttempt | null>(null);
  const guestName = ref("Guest");
  const busy = ref(false);
  const submitError = ref<string | null>(null);
  let starting: Promise<string | null> | null = null;

  const answers = usePlayerAnswers({ ensureAttempt, onHandedIn: () => void showResults() });

  const lessonSlug = () => (mode.kind === "practice" ? mode.slug : assignment.value!.lesson.slug);
  const assignmentId = () => (mode.kind === "assignment" ? mode.id : null);

  async function begin(): Promise<string> {
    const data = await request(PlayerStartAttempt, { lessonSlug: lessonSlug(), assignmentId: assignmentId() });
    take(data.startAttempt);
    return data.startAttempt.id;
  }

  function take(next: PlayerAttempt) {
    attempt.value = next;
    answers.resume(next);
    phase.value = next.status === "SUBMITTED" ? "results" : "working";
  }

  /** The open attempt, starting a guest session named as the visitor chose on their first answer. */
  function ensureAttempt(): Promise<string | null> {
    if (attempt.value) return Promise.resolve(attempt.value.id);
    starting ??= (async () => {
      problem.value = null;
      try {
        if (!session.viewer.value) await session.startGuest(guestName.value.trim() || "Guest");
        return await begin();
      } catch (error) {
        problem.value = message(error);
        return null;
      } finally {
        starting = null;
      }
    })();
    return starting;
  }

  async function load() {
    phase.value = "loading";
    problem.value = null;
    try {
      await session.load();
      const viewer = session.viewer.value;
      if (mode.kind === "assignment") {
        if (!viewer) return void (phase.value = "signed-out");
        if (viewer.role === "STUDENT") {
          const found = (await request(AssignmentQuery, { id: mode.id })).assignment;
          if (!found) throw new ApiError("We couldn't find this assignment in your classes. Check that you joined the class with the code your teacher gave you.", "NOT_FOUND");
          assignment.value = found;
        }
      }
      if (mode.kind === "assignment" && viewer?.role === "TEACHER") {
        phase.value = "preview";
        return;
      }
      const data = await request(PlayerLessonQuery, { slug: lessonSlug() });
      if (!data.lesson) throw new ApiError("We couldn't find that lesson.", "NOT_FOUND");
      lesson.value = data.lesson;
      if (viewer?.role === "TEACHER") phase.value = "preview";
      else if (viewer && (mode.kind === "assignment" || (await hasOpenPractice()))) await begin();
      else phase.value = "working"; // the first answer starts the attempt
    } catch (error) {
      problem.value = message(error);
      phase.value = "error";
    }
  }

  /** Whether the student has practice at this lesson to resume (looking, unlike startAttempt, starts nothing). */
  async function hasOpenPractice(): Promise<boolean> {
    const { myAttempts } = await request(PlayerOpenAttemptsQuery);
    return myAttempts.some((a) => a.status === "IN_PROGRESS" && !a.assignment && a.lesson.slug === lessonSlug());
  }

  /** Reads the submitted attempt again: the submit unlocks feedback the attempt did not carry before. */
  async function showResults() {
    if (!attempt.value) return;
    const fresh = (await request(PlayerAttemptQuery, { id: attempt.value.id }).catch(() => null))?.attempt;
    if (fresh) take(fresh);
  }

  async function submit(): Promise<boolean> {
    submitError.value = null;
    if (!attempt.value) {
      submitError.value = "Answer at least one question before you submit.";
      return false;
    }
    busy.value = true;
    try {
      if (!(await answers.settle())) {
        submitError.value = "Some answers have not reached the server yet: you seem to be offline. They are kept; submit again once you are back online.";
        return false;
      }
      await request(PlayerSubmitAttempt, { attemptId: attempt.value.id });
      await showResults();
      status.announce("Submitted");
      return true;
    } catch (error) {
      submitError.value = message(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  /** Practice only: a fresh attempt after a submitted one. */
  async function startOver() {
    answers.reset();
    attempt.value = null;
    busy.value = true;
    try {
      await begin();
    } catch (error) {
      problem.value = message(error);
    } finally {
      busy.value = false;
    }
  }

  const isGuestPending = computed(() => phase.value === "working" && !session.viewer.value);

  return {
    mode,
    session,
    phase,
    problem,
    lesson,
    assignment,
    attempt,
    guestName,
    busy,
    submitError,
    isGuestPending,
    answers: answers.answers,
    feedback: answers.feedback,
    errors: answers.errors,
    change: answers.change,
    load,
    submit,
    startOver,
  };
}

export type Player = ReturnType<typeof usePlayer>;
