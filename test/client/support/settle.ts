import { flushPromises } from "@vue/test-utils";

/**
 * Waits for the page's requests to settle. A public read hashes its query with Web Crypto first,
 * which resolves on a later task, not a microtask, so flushPromises alone returns too soon.
 */
export async function settle(rounds = 5): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    await flushPromises();
  }
}
