import { ref } from "vue";
import { useRouter } from "vue-router";
import { keepFrameToken, redeemLaunchCode } from "../api/lti.js";
import { safeReturnPath } from "../lib/account/return-path.js";
import { useSession } from "./useSession.js";

/**
 * The end of a launch inside an LMS's frame: the one-time code in the fragment is exchanged
 * for a session (kept for this frame), then the launch's page opens in its place.
 */
export function useLtiContinue() {
  const router = useRouter();
  const session = useSession();
  const error = ref<string | null>(null);
  async function run(): Promise<void> {
    const params = new URLSearchParams(window.location.hash.slice(1));
    const code = params.get("code");
    // The code is single use: off the address bar and out of the history at once.
    history.replaceState(history.state, "", window.location.pathname);
    if (!code) {
      error.value =
        "This page needs a launch from your course. Open the link from your course again.";
      return;
    }
    try {
      const handoff = await redeemLaunchCode(code);
      keepFrameToken(handoff.token);
      await session.load(true);
      await router.replace(safeReturnPath(handoff.to) ?? safeReturnPath(params.get("to")) ?? "/");
    } catch (e) {
      error.value = (e as Error).message;
    }
  }
  return { error, run };
}
