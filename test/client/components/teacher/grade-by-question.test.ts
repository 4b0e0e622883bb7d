import { mount } from "@vue/test-utils";
import { defineComponent, h } from "vue";
import { afterEach, describe, expect, it } from "vitest";
import TeacherGradeAnswers from "../../../../client/src/components/teacher/TeacherGradeAnswers.vue";
import TeacherGradePanel from "../../../../client/src/components/teacher/TeacherGradePanel.vue";
import TeacherGradeRubric from "../../../../client/src/components/teacher/TeacherGradeRubric.vue";
import { useGradingKeys } from "../../../../client/src/composables/useGradingKeys.js";
import { buildReviewContext } from "../../../../client/src/lib/teacher/answers.js";
import {
  type GradingAction,
  type GradingRow,
  identicalGroupSizes,
} from "../../../../client/src/lib/teacher/grading.js";
import { KEYS, LESSON, RUBRIC } from "../../fixtures/teacher.js";

const none = {
  choiceIds: null,
  text: null,
  order: null,
  pairs: null,
  evidence: null,
  claimId: null,
  claim: null,
  contextFacts: null,
  attributions: null,
};
const row = (name: string, text: string): GradingRow => ({
  studentId: name,
  name,
  graded: false,
  response: {
    id: `r-${name}`,
    itemId: "q-short",
    revision: 1,
    triesUsed: 0,
    maxTries: null,
    locked: false,
    answer: { ...none, text },
    feedback: {
      correct: null,
      score: null,
      maxScore: 2,
      messageHtml: "",
      needsReview: true,
      teacherComment: null,
      rubricScores: [],
    },
  },
});

// A page-sized harness: the shortcuts listener, a comment box and a button to hold the focus.
const actions: GradingAction[] = [];
const Harness = defineComponent({
  setup() {
    useGradingKeys((action) => actions.push(action));
    return () => h("div", [h("textarea", { id: "comment" }), h("button", { id: "save" }, "Save")]);
  },
});
const press = (target: Element, key: string, extra: KeyboardEventInit = {}) => {
  const event = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...extra });
  target.dispatchEvent(event);
  return event;
};

describe("the grading shortcuts", () => {
  let wrapper: ReturnType<typeof mount> | null = null;
  afterEach(() => wrapper?.unmount());

  it("act on keys pressed anywhere on the page but never while typing in the comment", () => {
    wrapper = mount(Harness, { attachTo: document.body });
    const button = document.getElementById("save")!;
    const digit = press(button, "2");
    expect(digit.defaultPrevented).toBe(true);
    press(document.body, "ArrowDown");
    press(button, "n");
    press(button, "u");
    press(document.getElementById("comment")!, "n");
    press(document.getElementById("comment")!, "3");
    press(button, "n", { metaKey: true });
    expect(actions).toEqual([
      { type: "digit", value: 2 },
      { type: "criterion", delta: 1 },
      { type: "student", delta: 1 },
      { type: "next-ungraded" },
    ]);
    wrapper.unmount();
    wrapper = null;
    press(document.body, "n");
    expect(actions).toHaveLength(4);
  });
});

describe("TeacherGradeRubric", () => {
  it("shows criteria as rows of level buttons, the chosen one pressed", async () => {
    const wrapper = mount(TeacherGradeRubric, {
      props: { criteria: RUBRIC, levels: { "crit-evidence": 3 }, focused: 0 },
    });
    const groups = wrapper.findAll('[role="group"]');
    expect(groups).toHaveLength(2);
    const pressed = wrapper.findAll('button[aria-pressed="true"]');
    expect(pressed.map((b) => b.text())).toEqual(["3 · SecureWell chosen."]);
    await groups[0]!.findAll("button")[2]!.trigger("click");
    expect(wrapper.emitted("update:levels")!.at(-1)).toEqual([
      { "crit-evidence": 3, "crit-position": 2 },
    ]);
    await groups[1]!.findAll("button")[0]!.trigger("focusin");
    expect(wrapper.emitted("update:focused")!.at(-1)).toEqual([1]);
  });
});

describe("identical answers on the page", () => {
  const rows = [
    row("Ana", "Kim wanted support."),
    row("Ben", "kim wanted support"),
    row("Chen", "Kim wanted SUPPORT!"),
    row("Dara", "Something else."),
  ];

  it("are marked in the list of answers", () => {
    const wrapper = mount(TeacherGradeAnswers, {
      props: {
        item: KEYS.short!,
        rows,
        context: buildReviewContext(LESSON),
        focused: 0,
        groupSizes: identicalGroupSizes("SHORT_ANSWER", rows),
      },
    });
    const items = wrapper.findAll("li");
    expect(items.map((li) => li.find(".same").exists())).toEqual([true, true, true, false]);
    expect(items[0]!.text()).toContain("Same as 2 others");
    expect(items[0]!.find('[aria-current="true"]').text()).toBe("Ana");
  });

  it("can all be given the focused one's score", async () => {
    const wrapper = mount(TeacherGradePanel, {
      props: {
        studentName: "Ana",
        criteria: null,
        maxPoints: 2,
        identicalCount: 2,
        pending: false,
        problem: null,
        draft: { levels: {}, points: "2", comment: "" },
        focused: 0,
      },
    });
    const apply = wrapper
      .findAll("button")
      .find((b) => b.text() === "Apply this score to the 2 other identical answers")!;
    await apply.trigger("click");
    expect(wrapper.emitted("applyIdentical")).toHaveLength(1);
    await wrapper.setProps({ identicalCount: 0 });
    expect(wrapper.text()).not.toContain("Apply this score");
  });
});

describe("a short answer's scoring guide", () => {
  const props = {
    studentName: "Ana",
    criteria: null,
    maxPoints: 2,
    identicalCount: 0,
    pending: false,
    problem: null,
    draft: { levels: {}, points: "", comment: "" },
    focused: 0,
  };

  it("stands above the points box, each score's descriptor in a list", () => {
    const wrapper = mount(TeacherGradePanel, {
      props: {
        ...props,
        scoringGuideHtml:
          "<ul><li><strong>2 points:</strong> a reason and a quotation.</li><li><strong>0 points:</strong> no reason.</li></ul>",
      },
    });
    const guide = wrapper.find('[data-testid="scoring-guide"]');
    expect(guide.find(".label").text()).toBe("Scoring guide");
    expect(guide.findAll("li").map((li) => li.text())).toEqual([
      "2 points: a reason and a quotation.",
      "0 points: no reason.",
    ]);
    expect(guide.find("strong").text()).toBe("2 points:");
    const field = wrapper.find(".field");
    expect(field.element.contains(guide.element)).toBe(true);
    expect(field.find("input").exists()).toBe(true);
  });

  it("is left out where the content gives none, and beside a rubric", () => {
    expect(mount(TeacherGradePanel, { props }).find('[data-testid="scoring-guide"]').exists()).toBe(
      false,
    );
    const rubric = mount(TeacherGradePanel, {
      props: {
        ...props,
        criteria: RUBRIC,
        scoringGuideHtml: "<ul><li><strong>2 points:</strong> never shown here.</li></ul>",
      },
    });
    expect(rubric.find('[data-testid="scoring-guide"]').exists()).toBe(false);
  });
});
