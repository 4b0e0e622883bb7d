import { getCurrentInstance, onBeforeUnmount, ref } from "vue";
import { fetchRisingMisconceptions, type RisingMisconception } from "../api/live.js";
import { newlyRisingAnnouncement } from "../lib/teacher/misconceptions.js";
import { useStatus } from "./useStatus.js";

/** The window the page shows ("in the last 5 minutes"). */
export const RISING_MINUTES = 5;
/** A burst of saves is read once: the first at once, the rest together this long after. */
const GAP_MS = 400;
/** Answers leave the window as time passes, with no event to say so. */
const SLIDE_MS = 30_000;

/**
 * The misconceptions rising in the class now, read at once and again after each event of the
 * live stream (`changed()`): at most one read in flight, a burst of events coalesced into one
 * more read, so it follows a save within a second. Read again every 30 s as the window slides.
 * A misconception that starts rising after the first read is announced in the status region.
 */
export function useRisingMisconceptions(assignmentId: () => string) {
  const rising = ref<RisingMisconception[]>([]);
  const status = useStatus();
  let readOnce = false;
  let inFlight = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  let last = 0;

  async function read(): Promise<void> {
    timer = null;
    if (stopped) return;
    if (inFlight) return void (again = true);
    inFlight = true;
    last = Date.now();
    try {
      const now = await fetchRisingMisconceptions(assignmentId(), RISING_MINUTES);
      const news = readOnce && newlyRisingAnnouncement(rising.value, now, RISING_MINUTES);
      if (news) status.announce(news);
      rising.value = now;
      readOnce = true;
    } catch {
      // The next event or the next slide reads it again; the list keeps what it showed.
    } finally {
      inFlight = false;
    }
    if (again) {
      again = false;
      changed();
    }
  }

  /** Something happened in the class: read the trend again soon. */
  function changed(): void {
    if (stopped || timer) return;
    timer = setTimeout(read, Math.max(0, last + GAP_MS - Date.now()));
  }

  const slide = setInterval(changed, SLIDE_MS);
  function stop(): void {
    stopped = true;
    clearInterval(slide);
    if (timer) clearTimeout(timer);
  }
  void read();
  if (getCurrentInstance()) onBeforeUnmount(stop);
  return { rising, changed, stop };
}
