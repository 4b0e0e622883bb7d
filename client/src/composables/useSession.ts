import { computed, readonly, ref } from "vue";
import { request } from "../api/client.js";
import type { ViewerQuery as ViewerResult } from "../api/generated/graphql.js";
import { JoinClass, LogIn, LogOut, SignInWithCode, SignUpTeacher, StartGuestSession, ViewerQuery } from "../api/session.js";

export type Viewer = NonNullable<ViewerResult["viewer"]>;

// One session for the whole app. The token lives only in the httpOnly cookie.
const viewer = ref<Viewer | null>(null);
let loaded: Promise<void> | null = null;

/** The signed-in user and the ways to sign in and out. */
export function useSession() {
  const load = (force = false) => {
    if (!loaded || force) loaded = request(ViewerQuery).then((data) => void (viewer.value = data.viewer ?? null));
    return loaded;
  };
  const set = (next: Viewer | null) => {
    viewer.value = next;
    loaded = Promise.resolve();
    return next;
  };
  return {
    viewer: readonly(viewer),
    isStudent: computed(() => viewer.value?.role === "STUDENT"),
    isTeacher: computed(() => viewer.value?.role === "TEACHER"),
    load,
    startGuest: async (displayName: string) => set((await request(StartGuestSession, { displayName })).startGuestSession.viewer),
    signInWithCode: async (signInCode: string) => set((await request(SignInWithCode, { signInCode })).signInWithCode.viewer),
    joinClass: async (joinCode: string, displayName: string) => set((await request(JoinClass, { joinCode, displayName })).joinClass.viewer),
    logIn: async (email: string, password: string) => set((await request(LogIn, { email, password })).logIn.viewer),
    signUpTeacher: async (email: string, password: string, displayName: string) =>
      set((await request(SignUpTeacher, { email, password, displayName })).signUpTeacher.viewer),
    logOut: async () => {
      await request(LogOut);
      set(null);
    },
  };
}
