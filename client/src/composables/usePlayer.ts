import { computed, getCurrentInstance, onBeforeUnmount, ref, shallowRef } from "vue";
import { openPractice, startAttempt } from "../api/attempt.js";
import { ApiError } from "../api/client.js";
import {
  fetchPlayerAssignment,
  fetchPlayerLesson,
  type PlayerAssignment,
  type PlayerLesson,
} from "../api/player.js";
import { problemOf, useAttempt } from "./useAttempt.js";
import { followAttempt } from "./useAttemptUpdates.js";
import { useSession } from "./useSession.js";

/**
 * practice: a lesson on its own · assignment: a class's assignment · scratch: a teacher trying
 * the lesson as a student (a scratch attempt that never counts; `fresh` starts it anew), or a
 * draft's preview.
 */
export type PlayerMode =
  | { kind: "practice"; slug: string }
  | { kind: "assignment"; id: string }
  | {
      kind: "scratch";
      slug: string;
      fresh: boolean;
      /** A preview of the teacher's unpublished draft (previewQuestionSet), not a lesson. */
      draftOf?: { setId: string; draftVersion: number };
    };

/**
 * What the page is showing: loading; a problem; "sign in first" (assignments); a teacher's
 * read-only preview; "this assignment closed" (AFTER_DUE work never started before its due
 * date); the lesson to work through; or the results of a submitted attempt.
 */
export type PlayerPhase =
  "loading" | "error" | "signed-out" | "preview" | "closed" | "working" | "results";

/** The lesson player: loads the lesson (and assignment), and opens the attempt when there is one to resume. */
export function usePlayer(mode: PlayerMode) {
  const session = useSession();
  const loaded = ref<PlayerPhase>("loading");
  const loadProblem = ref<string | null>(null);
  const lesson = shallowRef<PlayerLesson | null>(null);
  const assignment = shallowRef<PlayerAssignment | null>(null);
  const guestName = ref("Guest");
  const busy = ref(false);
  const submitError = ref<string | null>(null);

  const lessonSlug = () => (mode.kind === "assignment" ? assignment.value!.lesson.slug : mode.slug);
  /** Scratch: the first start keeps the mode's `fresh`; starting over is always fresh. */
  let freshScratch = mode.kind === "scratch" && mode.fresh;

  const attempt = useAttempt({
    // A visitor's first answer starts a guest session under the name they chose.
    start: async () => {
      if (mode.kind === "scratch") {
        // Teachers' code loads only for a teacher's scratch attempt.
        const { startScratchAttempt } = await import("../api/teacher.js");
        const started = await startScratchAttempt(mode.slug, freshScratch);
        freshScratch = false;
        return started;
      }
      if (!session.viewer.value) await session.startGuest(guestName.value.trim() || "Guest");
      return startAttempt(lessonSlug(), mode.kind === "assignment" ? mode.id : null);
    },
  });

  const phase = computed<PlayerPhase>(() => {
    if (loaded.value !== "working") return loaded.value;
    return attempt.state.value === "submitted" ? "results" : "working";
  });
  const problem = computed(() => loadProblem.value ?? attempt.problem.value);

  async function load() {
    loaded.value = "loading";
    loadProblem.value = null;
    // A practice lesson reads the same for everyone: it is fetched while the session loads.
    const practiceLesson = mode.kind === "practice" ? fetchPlayerLesson(mode.slug) : null;
    // Awaited below, where a failure is reported; never an unhandled rejection meanwhile.
    practiceLesson?.catch(() => undefined);
    try {
      await session.load();
      const viewer = session.viewer.value;
      if (mode.kind === "scratch") return void (await loadScratch());
      if (mode.kind === "assignment") {
        if (!viewer) return void (loaded.value = "signed-out");
        if (viewer.role === "STUDENT") {
          const found = await fetchPlayerAssignment(mode.id);
          if (!found)
            throw new ApiError(
              "We couldn't find this assignment in your classes. Check that you joined the class with the code your teacher gave you.",
              "NOT_FOUND",
            );
          assignment.value = found;
        }
      }
      if (mode.kind === "assignment" && viewer?.role === "TEACHER") {
        loaded.value = "preview";
        return;
      }
      const found = await (practiceLesson ?? fetchPlayerLesson(lessonSlug()));
      if (!found) throw new ApiError("We couldn't find that lesson.", "NOT_FOUND");
      lesson.value = found;
      if (viewer?.role === "TEACHER") return void (loaded.value = "preview");
      // Without an attempt to resume, the first answer starts one.
      const open = viewer && mode.kind === "practice" ? await openPractice(mode.slug) : null;
      if (open) attempt.resume(open);
      else if (viewer && mode.kind === "assignment" && !(await attempt.start())) {
        if (attempt.problemCode.value === "FORBIDDEN") return void (loaded.value = "closed");
        loadProblem.value = attempt.problem.value;
        loaded.value = "error";
        return;
      }
      loaded.value = "working";
      follow();
    } catch (error) {
      loadProblem.value = problemOf(error);
      loaded.value = "error";
    }
  }

  let unfollow: (() => void) | null = null;
  /** A student's assignment: the class paused or resumed, feedback opened, a score, a due date moved. */
  function follow() {
    const attemptId = attempt.current.value?.id;
    if (mode.kind !== "assignment" || !assignment.value || !attemptId || unfollow) return;
    attempt.setPaused(assignment.value.classroom.paused);
    const reload = async () => {
      const found = await fetchPlayerAssignment(mode.id);
      if (found) assignment.value = found;
      await attempt.reread();
    };
    unfollow = followAttempt(attemptId, {
      paused: attempt.setPaused,
      changed: reload,
      async check() {
        const before = assignment.value;
        const found = await fetchPlayerAssignment(mode.id);
        if (!found) return;
        attempt.setPaused(found.classroom.paused);
        if (found.myDueAt === before?.myDueAt && found.feedback === before?.feedback) return;
        assignment.value = found;
        await attempt.reread();
      },
    });
  }
  if (getCurrentInstance()) onBeforeUnmount(() => unfollow?.());

  /** A teacher's try: the lesson, then the scratch attempt (resumed, or fresh when asked). */
  async function loadScratch() {
    const viewer = session.viewer.value;
    if (!viewer) return void (loaded.value = "signed-out");
    if (viewer.role !== "TEACHER")
      throw new ApiError("Only teachers can try a lesson as a student here.", "FORBIDDEN");
    const found = await fetchPlayerLesson(lessonSlug());
    if (!found) throw new ApiError("We couldn't find that lesson.", "NOT_FOUND");
    lesson.value = found;
    if (!(await attempt.start())) {
      loadProblem.value = attempt.problem.value;
      return void (loaded.value = "error");
    }
    loaded.value = "working";
  }

  async function submit(): Promise<boolean> {
    submitError.value = null;
    busy.value = true;
    try {
      submitError.value = await attempt.submit();
      return submitError.value === null;
    } finally {
      busy.value = false;
    }
  }

  /** Practice and scratch only: a fresh attempt after a submitted one. */
  async function startOver() {
    busy.value = true;
    freshScratch = mode.kind === "scratch";
    try {
      await attempt.restart();
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
    load,
    submit,
    startOver,
  };
}
