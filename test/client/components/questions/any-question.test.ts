import { mount } from "@vue/test-utils";
import { describe, expect, it } from "vitest";
import generated from "../../../../client/src/api/generated/graphql.ts?raw";
import AnyQuestion, {
  questionKinds,
} from "../../../../client/src/components/questions/AnyQuestion.vue";
import type { QuestionKindModule } from "../../../../client/src/lib/questions/kinds.js";

/** The values of the GraphQL enum QuestionKind, as codegen wrote them. */
const generatedKinds = [
  ...(/export type QuestionKind =([^;]*);/.exec(generated)?.[1] ?? "").matchAll(/'(\w+)'/g),
].map((match) => match[1]!);

const files = import.meta.glob<QuestionKindModule<unknown>>(
  "../../../../client/src/components/questions/Question*.vue",
  { eager: true },
);

describe("question kinds on the client", () => {
  it("reads the kinds from the generated enum", () => {
    expect(generatedKinds).toContain("SINGLE_CHOICE");
    expect(generatedKinds.length).toBeGreaterThanOrEqual(6);
  });

  it.each(generatedKinds)("%s has exactly one Question*.vue that declares it", (kind) => {
    const declaring = Object.keys(files).filter((file) =>
      files[file]!.questionKind?.kinds.includes(kind as never),
    );
    expect(declaring).toHaveLength(1);
    expect(questionKinds.get(kind)?.component).toBe(files[declaring[0]!]!.default);
  });

  it("knows no kind the enum lacks, and every component file declares a kind", () => {
    expect(questionKinds.kinds()).toEqual([...generatedKinds].sort());
    expect(() => questionKinds.assertCovers(generatedKinds)).not.toThrow();
    for (const [file, module] of Object.entries(files))
      expect(module.questionKind?.kinds.length, file).toBeGreaterThan(0);
  });

  it("renders nothing for a kind without a component", () => {
    const wrapper = mount(AnyQuestion, {
      props: {
        id: "q1",
        question: {
          id: "item",
          kind: "RANKING" as never,
          prompt: "?",
          points: 1,
          paragraphNumbers: [],
          maxLength: 10,
        },
        paragraphs: [],
      },
    });
    expect(wrapper.html()).toBe("<!--v-if-->");
  });

  it("renders a question with its kind's component, passing its answer on", async () => {
    const wrapper = mount(AnyQuestion, {
      props: {
        id: "q2",
        question: {
          id: "item",
          kind: "SHORT_ANSWER",
          prompt: "Who translated it?",
          points: 1,
          paragraphNumbers: [],
          maxLength: 40,
        },
        paragraphs: [],
        answer: { text: "Nobody" },
      },
    });
    expect(wrapper.find('label[for="q2-input"]').text()).toBe("Who translated it?");
    await wrapper.find("input").setValue("Someone");
    expect(wrapper.emitted("change")).toEqual([[{ text: "Someone" }, true]]);
  });
});
