import { onBeforeUnmount } from "vue";
import { useStatus } from "./useStatus.js";

/** Says something in the app's status region, then clears it after a few seconds unless something else was said since. */
export function useReaderAnnouncer(clearAfterMs = 5000) {
  const status = useStatus();
  let timer: ReturnType<typeof setTimeout> | undefined;
  onBeforeUnmount(() => clearTimeout(timer));
  return (message: string) => {
    status.announce(message);
    clearTimeout(timer);
    timer = setTimeout(() => status.message.value === message && status.clear(), clearAfterMs);
  };
}
