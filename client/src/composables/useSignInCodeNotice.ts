// The sign-in code is shown as a banner once per student and browser; afterwards it waits in the
// header's "My sign-in code" menu.
const KEY = "sign-in-code-seen:";
/** Students whose banner this page load has shown: it stays until the next load. */
const showingNow = new Set<string>();

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function useSignInCodeNotice() {
  return {
    /** True the first time for this student (remembered), and for the rest of that page load. */
    showBanner(userId: string): boolean {
      if (showingNow.has(userId)) return true;
      const store = storage();
      if (store?.getItem(KEY + userId)) return false;
      store?.setItem(KEY + userId, "1");
      showingNow.add(userId);
      return true;
    },
  };
}
