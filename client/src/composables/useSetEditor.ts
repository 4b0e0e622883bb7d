import { computed, onBeforeUnmount, ref, shallowRef } from "vue";
import { onBeforeRouteLeave } from "vue-router";
import {
  archiveQuestionSet,
  type AuthoredSet,
  fetchMyQuestionSet,
  publishQuestionSet,
  shareQuestionSet,
  StaleVersionError,
  updateQuestionSet,
} from "../api/authoring.js";
import { ApiError } from "../api/client.js";
import type { Draft } from "../lib/teacher/authoring/draft.js";
import { setIn } from "../lib/teacher/authoring/draft.js";
import { useSession } from "./useSession.js";

export type SaveState = "saved" | "unsaved" | "saving" | "conflict" | "error";

/** How long typing may pause before the draft is saved. */
export const AUTOSAVE_MS = 800;

/**
 * One of the teacher's own sets in the editor: the draft as edited here, saved after a pause
 * from the version it was loaded at. A save refused as stale (another tab or device saved
 * first) stops saving and keeps both: `conflict` holds the newer version until the teacher
 * reloads it or saves theirs over it on purpose.
 */
export function useSetEditor(id: string) {
  const session = useSession();
  const set = shallowRef<AuthoredSet | null>(null);
  const draft = shallowRef<Draft | null>(null);
  const title = ref("");
  const version = ref(0);
  const state = ref<SaveState>("saved");
  const error = ref<ApiError | null>(null);
  const loading = ref(true);
  const conflict = shallowRef<{ version: number; title: string; draft: Draft } | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> | null = null;
  let dirty = false;

  function take(next: AuthoredSet, withDraft: boolean) {
    set.value = next;
    version.value = next.authoring?.version ?? 0;
    if (withDraft) {
      draft.value = (next.authoring?.draft ?? {}) as Draft;
      title.value = next.title;
    }
  }

  async function load() {
    loading.value = true;
    error.value = null;
    try {
      await session.load();
      const found = await fetchMyQuestionSet(id);
      if (found) take(found, true);
      else set.value = null;
    } catch (caught) {
      error.value = caught instanceof ApiError ? caught : new ApiError(String(caught), "CLIENT");
    } finally {
      loading.value = false;
    }
  }

  async function saveNow(): Promise<void> {
    clearTimeout(timer);
    if (saving) await saving;
    if (!dirty || state.value === "conflict" || !draft.value) return;
    dirty = false;
    state.value = "saving";
    saving = (async () => {
      try {
        const saved = await updateQuestionSet(id, version.value, {
          title: title.value,
          content: draft.value!,
        });
        take(saved, false);
        state.value = dirty ? "unsaved" : "saved";
        error.value = null;
      } catch (caught) {
        dirty = true;
        if (caught instanceof StaleVersionError) {
          conflict.value = {
            version: caught.currentVersion,
            title: caught.current.title,
            draft: caught.current.draft as Draft,
          };
          state.value = "conflict";
        } else {
          state.value = "error";
          error.value =
            caught instanceof ApiError ? caught : new ApiError(String(caught), "CLIENT");
        }
      } finally {
        saving = null;
      }
    })();
    await saving;
    if (dirty && (state.value as SaveState) === "unsaved") await saveNow();
  }

  function schedule() {
    dirty = true;
    if (state.value === "conflict") return;
    state.value = "unsaved";
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), AUTOSAVE_MS);
  }

  /** Sets one field of the draft (`questions[1].choices[0].text`) and saves after a pause. */
  function edit(path: string, value: unknown) {
    draft.value = setIn(draft.value ?? {}, path, value);
    schedule();
  }
  /** Replaces the draft (reordering, adding, removing items). */
  function replace(next: Draft) {
    draft.value = next;
    schedule();
  }
  function rename(next: string) {
    title.value = next;
    schedule();
  }

  /** Drops this tab's unsaved edits for the newer version another tab saved. */
  async function reloadNewer() {
    clearTimeout(timer);
    dirty = false;
    await load();
    conflict.value = null;
    state.value = "saved";
  }
  /** Saves this tab's draft over the newer version, on the teacher's word. */
  async function keepMine() {
    if (!conflict.value) return;
    version.value = conflict.value.version;
    conflict.value = null;
    state.value = "unsaved";
    dirty = true;
    await saveNow();
  }

  async function act(action: () => Promise<AuthoredSet>) {
    await saveNow();
    if (state.value === "conflict") return;
    try {
      take(await action(), false);
      error.value = null;
    } catch (caught) {
      error.value = caught instanceof ApiError ? caught : new ApiError(String(caught), "CLIENT");
    }
  }

  const warn = (event: BeforeUnloadEvent) => {
    if (state.value !== "saved") event.preventDefault();
  };
  window.addEventListener("beforeunload", warn);
  // Leaving for another page (the preview above all) waits for the last edit to be saved.
  onBeforeRouteLeave(() => saveNow());
  onBeforeUnmount(() => {
    window.removeEventListener("beforeunload", warn);
    if (dirty) void saveNow();
  });
  void load();

  return {
    session,
    set,
    draft,
    title,
    version,
    state,
    error,
    loading,
    conflict,
    problems: computed(() => set.value?.authoring?.problems ?? []),
    edit,
    replace,
    rename,
    saveNow,
    reloadNewer,
    keepMine,
    publish: (move: boolean) => act(() => publishQuestionSet(id, move)),
    archive: () => act(() => archiveQuestionSet(id)),
    share: () => act(() => shareQuestionSet(id)),
  };
}
