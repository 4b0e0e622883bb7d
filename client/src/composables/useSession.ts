import { computed, readonly, ref } from "vue";
import { deleteMyAccount } from "../api/deletion.js";
import { forgetFirstPage } from "../api/first-page.js";
import { forgetFrameToken } from "../api/lti.js";
import * as sessions from "../api/session.js";
import type { Viewer } from "../api/session.js";

// One session for the whole app. The token lives only in the httpOnly cookie, except in an LMS's
// frame (api/frame-token.ts).
const viewer = ref<Viewer | null>(null);
let loaded: Promise<void> | null = null;

/** The signed-in user and the ways to sign in and out. */
export function useSession() {
  const load = (force = false) => {
    if (!loaded || force)
      loaded = sessions.fetchViewer().then((next) => void (viewer.value = next));
    return loaded;
  };
  const set = (next: Viewer | null) => {
    forgetFirstPage();
    viewer.value = next;
    loaded = Promise.resolve();
    return next;
  };
  return {
    viewer: readonly(viewer),
    isStudent: computed(() => viewer.value?.role === "STUDENT"),
    isTeacher: computed(() => viewer.value?.role === "TEACHER"),
    load,
    startGuest: async (displayName: string) => set(await sessions.startGuestSession(displayName)),
    signInWithCode: async (signInCode: string) => set(await sessions.signInWithCode(signInCode)),
    /** Joins and signs in as the student; returns the class joined. */
    joinClass: async (joinCode: string, displayName: string) => {
      const joined = await sessions.joinClass(joinCode, displayName);
      set(joined.viewer);
      return joined.classroom;
    },
    logIn: async (email: string, password: string) => set(await sessions.logIn(email, password)),
    signUpTeacher: async (email: string, password: string, displayName: string) =>
      set(await sessions.signUpTeacher(email, password, displayName)),
    /** Deletes the viewer's own account for good; they are signed out with it. */
    deleteAccount: async () => {
      await deleteMyAccount();
      forgetFrameToken();
      set(null);
    },
    logOut: async () => {
      await sessions.logOut();
      forgetFrameToken();
      set(null);
    },
  };
}
