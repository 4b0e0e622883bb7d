import type { AnswerInput } from "../api/generated/graphql.js";

/** One save waiting to reach the server. Never the session token: that stays in the httpOnly cookie. */
export interface QueuedSave {
  itemId: string;
  answer: AnswerInput;
  revision: number;
}

/** The part of the Storage interface the queue needs (localStorage, or a fake in tests). */
export type QueueStore = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const queueKey = (attemptId: string) => `puzanov.autosave.${attemptId}`;

function browserStore(): QueueStore | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null; // storage disabled: the queue still works for this page's life
  }
}

function isQueuedSave(value: unknown): value is QueuedSave {
  const save = value as QueuedSave;
  return (
    typeof save?.itemId === "string" &&
    Number.isInteger(save.revision) &&
    typeof save.answer === "object" &&
    save.answer !== null
  );
}

/**
 * The answers of one attempt not yet acknowledged by the server, kept in the browser so that a
 * closed tab or a lost connection loses nothing. At most one save per item: the latest revision wins.
 */
export class AutosaveQueue {
  private entries: QueuedSave[] = [];

  constructor(
    readonly attemptId: string,
    private readonly store: QueueStore | null = browserStore(),
  ) {
    this.entries = this.read();
  }

  /** Queues a save unless the item already has a newer one queued. Returns whether it was kept. */
  put(save: QueuedSave): boolean {
    const current = this.get(save.itemId);
    if (current && current.revision >= save.revision) return false;
    this.entries = [...this.entries.filter((entry) => entry.itemId !== save.itemId), save];
    this.write();
    return true;
  }

  /** Forgets the item's queued save once the server holds that revision (or a newer one). */
  settle(itemId: string, revision: number): void {
    const before = this.entries.length;
    this.entries = this.entries.filter(
      (entry) => entry.itemId !== itemId || entry.revision > revision,
    );
    if (this.entries.length !== before) this.write();
  }

  get(itemId: string): QueuedSave | undefined {
    return this.entries.find((entry) => entry.itemId === itemId);
  }

  /** What to send, lowest revision first (ties in the order they were queued). */
  pending(): QueuedSave[] {
    return this.entries
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => a.entry.revision - b.entry.revision || a.index - b.index)
      .map(({ entry }) => entry);
  }

  get size(): number {
    return this.entries.length;
  }

  private read(): QueuedSave[] {
    try {
      const raw = this.store?.getItem(queueKey(this.attemptId));
      const parsed: unknown = raw ? JSON.parse(raw) : [];
      return Array.isArray(parsed) ? parsed.filter(isQueuedSave) : [];
    } catch {
      return [];
    }
  }

  private write(): void {
    try {
      if (this.entries.length === 0) this.store?.removeItem(queueKey(this.attemptId));
      else
        this.store?.setItem(
          queueKey(this.attemptId),
          JSON.stringify(
            this.entries.map(({ itemId, answer, revision }) => ({ itemId, answer, revision })),
          ),
        );
    } catch {
      // Storage full or blocked: the queue in memory still sends everything while the page is open.
    }
  }
}
