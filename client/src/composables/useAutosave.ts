import { getCurrentInstance, onBeforeUnmount } from "vue";
import { ApiError } from "../api/client.js";
import type { AnswerInput } from "../api/generated/graphql.js";
import { AutosaveQueue, type QueuedSave, type QueueStore } from "./useAutosaveQueue.js";
import { useStatus } from "./useStatus.js";

export type AutosaveState = "saving" | "saved" | "offline" | "paused";

const AUTOSAVE_MESSAGES: Record<AutosaveState, string> = {
  saving: "Saving…",
  saved: "Saved",
  offline: "Offline — your answers are kept and will be sent",
  paused: "Eyes up: your teacher paused the class — your answers are kept and sent when it resumes",
};

export interface AutosaverOptions<R extends { revision: number }> {
  attemptId: string;
  /** The revision the server holds for each item it has an answer to. */
  storedRevisions: ReadonlyMap<string, number>;
  send: (save: QueuedSave) => Promise<R>;
  onSaved?: (save: QueuedSave, response: R, latest: boolean) => void;
  /** A save the server refused (not a lost connection): it is dropped from the queue. */
  onRefused?: (save: QueuedSave, error: ApiError) => void;
  /** The class is paused (CONFLICT, reason CLASS_PAUSED): the save stays queued, retried later. */
  onPaused?: () => void;
  onState?: (state: AutosaveState) => void;
  store?: QueueStore | null;
  debounceMs?: number;
  retryMs?: number;
}

/**
 * Sends answers as they change: text after a pause, choices at once, each with the item's next
 * revision. Every save waits in an AutosaveQueue (kept in the browser) until the server has it, so
 * saves made offline are replayed, lowest revision first, when the connection returns.
 */
export class Autosaver<R extends { revision: number } = { revision: number }> {
  readonly queue: AutosaveQueue;
  private readonly revisions = new Map<string, number>();
  private readonly drafts = new Map<
    string,
    { answer: AnswerInput; timer: ReturnType<typeof setTimeout> }
  >();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private busy = false;
  private current: Promise<void> = Promise.resolve();
  private disposed = false;
  /** The class is paused: retries go quietly until a save passes again. */
  private held = false;

  constructor(private readonly options: AutosaverOptions<R>) {
    this.queue = new AutosaveQueue(options.attemptId, options.store);
    for (const [itemId, revision] of options.storedRevisions) this.revisions.set(itemId, revision);
    // Saves the server already holds (sent just before the tab closed) need not be sent again.
    for (const save of this.queue.pending()) {
      const stored = options.storedRevisions.get(save.itemId) ?? 0;
      if (save.revision <= stored) this.queue.settle(save.itemId, stored);
      else this.revisions.set(save.itemId, Math.max(stored, save.revision));
    }
  }

  /** Answers queued in the browser that the server does not have yet, to show again on resume. */
  unsent(): QueuedSave[] {
    return this.queue.pending();
  }

  /** The latest revision given to the item (0 for none). */
  revision(itemId: string): number {
    return this.revisions.get(itemId) ?? 0;
  }

  /** An answer changed: saved after `debounceMs` of quiet when typed, at once otherwise. */
  change(itemId: string, answer: AnswerInput, typed = false): void {
    if (this.disposed) return;
    this.cancelDraft(itemId);
    if (!typed) return void this.commit(itemId, answer);
    const timer = setTimeout(() => {
      this.drafts.delete(itemId);
      this.commit(itemId, answer);
    }, this.options.debounceMs ?? 800);
    this.drafts.set(itemId, { answer, timer });
  }

  /** Queues every typed answer still waiting for its pause (e.g. when the page is hidden). */
  commitDrafts(): void {
    for (const [itemId, draft] of [...this.drafts]) {
      this.cancelDraft(itemId);
      this.commit(itemId, draft.answer);
    }
  }

  /** Sends everything; resolves true when the server holds every answer. */
  async settle(): Promise<boolean> {
    this.commitDrafts();
    await this.flush();
    return this.queue.size === 0;
  }

  /** Sends what is queued (again), e.g. when the browser comes back online. */
  flush(): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (!this.busy) {
      this.busy = true;
      this.current = this.drain();
    }
    return this.current;
  }

  dispose(): void {
    this.disposed = true;
    for (const itemId of [...this.drafts.keys()]) this.cancelDraft(itemId);
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private commit(itemId: string, answer: AnswerInput): void {
    const revision = this.revision(itemId) + 1;
    this.revisions.set(itemId, revision);
    this.queue.put({ itemId, answer, revision });
    void this.flush();
  }

  private cancelDraft(itemId: string): void {
    const draft = this.drafts.get(itemId);
    if (draft) clearTimeout(draft.timer);
    this.drafts.delete(itemId);
  }

  private async drain(): Promise<void> {
    try {
      if (this.queue.size > 0 && !this.held) this.options.onState?.("saving");
      let sent = false;
      for (
        let next = this.queue.pending()[0];
        next && !this.disposed;
        next = this.queue.pending()[0]
      ) {
        try {
          const response = await this.options.send(next);
          this.held = false;
          this.queue.settle(next.itemId, Math.max(next.revision, response.revision));
          if (response.revision > this.revision(next.itemId))
            this.revisions.set(next.itemId, response.revision);
          this.options.onSaved?.(next, response, response.revision >= this.revision(next.itemId));
          sent = true;
        } catch (error) {
          if (error instanceof ApiError && error.reason === "CLASS_PAUSED") {
            // The teacher paused the class: the answer stays queued and goes on resume.
            this.held = true;
            this.options.onState?.("paused");
            this.options.onPaused?.();
            this.scheduleRetry();
            return;
          }
          if (error instanceof ApiError && !error.offline) {
            this.queue.settle(next.itemId, next.revision);
            this.options.onRefused?.(next, error);
            continue;
          }
          this.options.onState?.("offline");
          this.scheduleRetry();
          return;
        }
      }
      if (sent && !this.disposed) this.options.onState?.("saved");
    } finally {
      this.busy = false;
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.disposed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.flush();
    }, this.options.retryMs ?? 5000);
  }

  /** Sends what is queued now (the class resumed), without waiting for the retry. */
  resume(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    return this.flush();
  }
}

/**
 * An Autosaver wired to the page: it announces "Saving…", "Saved" or "Offline — …" in the app's
 * status region, retries when the browser comes back online, and queues typed answers when the
 * page is hidden or closed.
 */
export function useAutosave() {
  const status = useStatus();
  let saver: Autosaver<{ revision: number }> | null = null;
  const online = () => void saver?.flush();
  const hidden = () => saver?.commitDrafts();

  function start<R extends { revision: number }>(
    options: Omit<AutosaverOptions<R>, "onState">,
  ): Autosaver<R> {
    stop();
    const next = new Autosaver<R>({
      ...options,
      onState: (state) => status.announce(AUTOSAVE_MESSAGES[state]),
    });
    saver = next as unknown as Autosaver<{ revision: number }>;
    window.addEventListener("online", online);
    window.addEventListener("pagehide", hidden);
    return next;
  }

  /** Stops listening; what is typed or queued is still sent (or stays queued for the next visit). */
  function stop() {
    const last = saver;
    saver = null;
    window.removeEventListener("online", online);
    window.removeEventListener("pagehide", hidden);
    if (!last) return;
    last.commitDrafts();
    void last.flush().finally(() => last.dispose());
  }

  if (getCurrentInstance()) onBeforeUnmount(stop);
  return { start, stop };
}
