import { mount } from "@vue/test-utils";
import { describe, expect, it, vi } from "vitest";
import { computed, defineComponent, h, ref } from "vue";
import PlayerTries from "../../../../client/src/components/player/PlayerTries.vue";
import { provideTries } from "../../../../client/src/composables/useTries.js";
import type { TriesFacts } from "../../../../client/src/lib/player/tries.js";
import { triesLine, triesWord } from "../../../../client/src/lib/player/tries.js";

/** PlayerTries under a player that provides the tries control. */
function mountTries(initial: Record<string, TriesFacts>, enabled = true) {
  const tries = ref(initial);
  const check = vi.fn(async (itemId: string) => {
    const now = tries.value[itemId]!;
    tries.value = {
      ...tries.value,
      [itemId]: { ...now, triesUsed: now.triesUsed + 1, triesLeft: now.triesLeft! - 1 },
    };
    return null;
  });
  const reveal = vi.fn(async (itemId: string) => {
    tries.value = { ...tries.value, [itemId]: { ...tries.value[itemId]!, locked: true } };
    return null;
  });
  const Host = defineComponent({
    setup() {
      provideTries({ enabled: computed(() => enabled), tries, check, reveal });
      return () => h(PlayerTries, { itemId: "q1", kind: "SINGLE_CHOICE", domId: "q1" });
    },
  });
  return { wrapper: mount(Host), check, reveal };
}

const button = (wrapper: ReturnType<typeof mount>, name: string) =>
  wrapper.findAll("button").find((b) => b.text() === name);

describe("PlayerTries", () => {
  it("waits for a saved answer, then checks, then offers Try again", async () => {
    const empty = mountTries({});
    expect(empty.wrapper.text()).toContain("Try 1 of 3 · a retry costs a third of the points");
    expect(button(empty.wrapper, "Check")!.attributes("disabled")).toBeDefined();

    const { wrapper, check } = mountTries({
      q1: { triesUsed: 0, triesLeft: 3, maxTries: 3, locked: false },
    });
    await button(wrapper, "Check")!.trigger("click");
    expect(check).toHaveBeenCalledWith("q1");
    await vi.waitFor(() => expect(button(wrapper, "Try again")).toBeDefined());
    expect(wrapper.text()).toContain("Try 2 of 3");
    await button(wrapper, "Try again")!.trigger("click");
    expect(button(wrapper, "Check")).toBeDefined();
  });

  it("asks before showing the answer, then says the item is locked", async () => {
    const { wrapper, reveal } = mountTries({
      q1: { triesUsed: 1, triesLeft: 2, maxTries: 3, locked: false },
    });
    await button(wrapper, "Show answer")!.trigger("click");
    expect(reveal).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain("Show the answer?");
    await button(wrapper, "Yes, show the answer")!.trigger("click");
    expect(reveal).toHaveBeenCalledWith("q1");
    await vi.waitFor(() => expect(wrapper.text()).toContain("Locked after 1 try"));
    expect(wrapper.findAll("button")).toHaveLength(0);
  });

  it("shows nothing outside tries mode or for items without checks", () => {
    expect(mountTries({}, false).wrapper.text()).toBe("");
    const unchecked = { triesUsed: 0, triesLeft: null, maxTries: null, locked: false };
    expect(mountTries({ q1: unchecked }).wrapper.text()).toBe("");
  });

  it("words tries for students and teachers", () => {
    expect(triesLine({ triesUsed: 0, triesLeft: 0, maxTries: 3, locked: true }, 3)).toBe(
      "Answer shown · locked",
    );
    expect(triesWord(2, 3)).toBe("2 tries of 3");
    expect(triesWord(0, null)).toBeNull();
  });
});
