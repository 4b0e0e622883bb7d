import { onBeforeUnmount, shallowRef, ref, triggerRef } from "vue";
import { ApiError } from "../api/client.js";
import * as api from "../api/live.js";
import { type ActivityState, applyEvents, emptyActivity } from "../lib/live/activity.js";

/** Where WebSockets are blocked, the snapshot is read again this often. */
export const POLL_MS = 4_000;

export type LiveMode = "connecting" | "live" | "polling" | "unavailable";

/**
 * An assignment's live state for its teacher: the snapshot first, then the events over
 * WebSocket from its last id; if the socket cannot open or drops, the snapshot every few seconds
 * from the last id seen. Each event counts once, however it arrives.
 */
export function useLiveActivity(id: () => string) {
  const state = shallowRef<ActivityState>(emptyActivity());
  const mode = ref<LiveMode>("connecting");
  const error = ref<string | null>(null);
  let stopStream: (() => void) | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let stopped = false;

  const apply = (snapshot: api.LiveSnapshot) => {
    applyEvents(state.value, [...snapshot.students, ...snapshot.cells, ...snapshot.events]);
    state.value.paused = snapshot.paused;
    triggerRef(state);
  };
  const poll = async () => {
    try {
      apply(await api.fetchLiveSnapshot(id(), state.value.lastEventId));
    } catch (caught) {
      error.value = caught instanceof ApiError ? caught.message : "Please reload the page.";
    }
  };
  const fallBack = () => {
    stopStream?.();
    stopStream = null;
    if (stopped || timer) return;
    mode.value = "polling";
    timer = setInterval(() => void poll(), POLL_MS);
  };

  void (async () => {
    try {
      apply(await api.fetchLiveSnapshot(id(), null));
    } catch (caught) {
      mode.value = "unavailable";
      error.value = caught instanceof ApiError ? caught.message : "Please reload the page.";
      return;
    }
    if (stopped) return;
    if (typeof WebSocket === "undefined") return fallBack();
    stopStream = api.streamLiveActivity(id(), state.value.lastEventId, {
      onEvent(event) {
        mode.value = "live";
        applyEvents(state.value, [event]);
        triggerRef(state);
      },
      onLost: fallBack,
    });
    // An event may be long in coming: the stream is live once it has not failed for a moment.
    setTimeout(() => mode.value === "connecting" && stopStream && (mode.value = "live"), 1_500);
  })();

  onBeforeUnmount(() => {
    stopped = true;
    stopStream?.();
    if (timer) clearInterval(timer);
  });

  const busy = ref(false);
  const failure = ref<string | null>(null);
  return {
    state,
    mode,
    error,
    busy,
    /** Why the last pause or resume failed, in words for the teacher. */
    failure,
    /** Pauses or resumes the class; the stream brings the PAUSED or RESUMED event to all. */
    async togglePause(classId: string) {
      busy.value = true;
      failure.value = null;
      try {
        const paused = !state.value.paused;
        await api.setClassPaused(classId, paused);
        state.value.paused = paused;
        triggerRef(state);
      } catch (caught) {
        failure.value = caught instanceof ApiError ? caught.message : "Please try again.";
      } finally {
        busy.value = false;
      }
    },
  };
}
