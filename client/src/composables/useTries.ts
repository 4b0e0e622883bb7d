import { type ComputedRef, inject, type InjectionKey, provide, reactive, type Ref } from "vue";
import type { TriesFacts } from "../lib/player/tries.js";

/** What a question needs to offer Check, Try again and Show answer (tries mode). */
export interface TriesControl {
  enabled: ComputedRef<boolean>;
  info: (itemId: string) => TriesFacts | undefined;
  /** The item is checked and waits for "Try again" (inputs stay disabled). */
  waiting: (itemId: string) => boolean;
  busy: (itemId: string) => boolean;
  /** The student pressed "Try again": the last check's feedback is put away, inputs are open. */
  retrying: (itemId: string) => boolean;
  /** Inputs are closed: locked, or checked and waiting for "Try again". */
  closed: (itemId: string) => boolean;
  check: (itemId: string) => Promise<void>;
  retry: (itemId: string) => void;
  reveal: (itemId: string) => Promise<void>;
}

const KEY: InjectionKey<TriesControl> = Symbol("tries");

/**
 * The player's tries control, given to every question below it: Check flushes the autosave and
 * spends a try; after a check that does not lock, the inputs wait for "Try again".
 */
export function provideTries(options: {
  enabled: ComputedRef<boolean>;
  tries: Ref<Record<string, TriesFacts>>;
  check: (itemId: string) => Promise<string | null>;
  reveal: (itemId: string) => Promise<string | null>;
}): TriesControl {
  const retrying = reactive<Record<string, boolean>>({});
  const pending = reactive<Record<string, boolean>>({});
  const run = async (itemId: string, action: (id: string) => Promise<string | null>) => {
    pending[itemId] = true;
    try {
      if ((await action(itemId)) === null) retrying[itemId] = false;
    } finally {
      pending[itemId] = false;
    }
  };
  const control: TriesControl = {
    enabled: options.enabled,
    info: (itemId) => options.tries.value[itemId],
    waiting: (itemId) => {
      const info = options.tries.value[itemId];
      return Boolean(
        options.enabled.value && info && info.triesUsed > 0 && !info.locked && !retrying[itemId],
      );
    },
    busy: (itemId) => pending[itemId] === true,
    retrying: (itemId) =>
      options.enabled.value && retrying[itemId] === true && !options.tries.value[itemId]?.locked,
    closed: (itemId) =>
      options.enabled.value &&
      (options.tries.value[itemId]?.locked === true || control.waiting(itemId)),
    check: (itemId) => run(itemId, options.check),
    retry: (itemId) => {
      retrying[itemId] = true;
    },
    reveal: (itemId) => run(itemId, options.reveal),
  };
  provide(KEY, control);
  return control;
}

/** The tries control of the player around this component, or null outside one. */
export const useTries = (): TriesControl | null => inject(KEY, null);
