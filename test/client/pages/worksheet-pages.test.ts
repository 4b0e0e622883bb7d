import { settle } from "../support/settle.js";
import { mount } from "@vue/test-utils";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createMemoryHistory, createRouter } from "vue-router";
import LessonKeyPage from "../../../client/src/pages/LessonKeyPage.vue";
import WorksheetPage from "../../../client/src/pages/WorksheetPage.vue";

const paragraphs = [9, 10, 11].map((number) => ({
  number,
  text:
    number === 10
      ? "In reply [to this] Kim said they took it as friendly advice."
      : `Text ${number}.`,
  notes: number === 10 ? [{ id: "n1", kind: "INSERTION", start: 9, end: 18 }] : [],
}));
const q = (fields: Record<string, unknown>) => ({ points: 1, paragraphNumbers: [10], ...fields });
const LESSON = {
  id: "l1",
  slug: "voices",
  title: "Voices in the record",
  summary: "Who speaks?",
  estimatedMinutes: 40,
  document: { slug: "doc", title: "Puzanov's record", paragraphs },
  steps: [
    {
      id: "s1",
      position: 1,
      kind: "READ",
      title: "Read",
      bodyHtml: "<p>Read ¶9–11.</p>",
      paragraphNumbers: [9, 10, 11],
      questionSet: null,
      exercise: null,
    },
    {
      id: "s2",
      position: 2,
      kind: "QUESTION_SET",
      title: "Check",
      bodyHtml: "",
      paragraphNumbers: [],
      exercise: null,
      questionSet: {
        id: "qs",
        title: "Check",
        questions: [
          q({
            __typename: "ChoiceQuestion",
            id: "q1",
            kind: "SINGLE_CHOICE",
            prompt: "Who replies?",
            choices: [
              { id: "c1", text: "Kim" },
              { id: "c2", text: "Mao" },
            ],
          }),
          q({
            __typename: "ShortAnswerQuestion",
            id: "q2",
            kind: "SHORT_ANSWER",
            prompt: "Name him.",
            maxLength: 300,
          }),
          q({
            __typename: "OrderingQuestion",
            id: "q3",
            kind: "ORDERING",
            prompt: "Put in order.",
            items: [
              { id: "o1", text: "First thing" },
              { id: "o2", text: "Second thing" },
            ],
          }),
          q({
            __typename: "MatchingQuestion",
            id: "q4",
            kind: "MATCHING",
            prompt: "Match.",
            left: [{ id: "m1", text: "Mao" }],
            right: [{ id: "r1", text: "Chairman" }],
          }),
          q({
            __typename: "EvidenceQuestion",
            id: "q5",
            kind: "EVIDENCE",
            prompt: "Select one or two passages that support the claim.",
            claim: "Kim calls it advice.",
            minSelections: 1,
            maxSelections: 2,
          }),
        ],
      },
    },
    {
      id: "s3",
      position: 3,
      kind: "EXERCISE",
      title: "Argue",
      bodyHtml: "",
      paragraphNumbers: [],
      questionSet: null,
      exercise: {
        id: "e1",
        slug: "e",
        title: "Interference?",
        prompt: "Was it interference?",
        promptHtml: "<p>Was it interference?</p>",
        guidanceHtml: "<h4>Terms</h4><p>Define your terms.</p>",
        paragraphNumbers: [9, 10],
        minEvidence: 3,
        points: 6,
        claims: [{ id: "k1", text: "Yes" }],
        rubric: [
          {
            id: "r",
            title: "Claim",
            description: "A clear claim.",
            levels: [
              { score: 0, label: "Not yet", descriptor: "None." },
              { score: 3, label: "Secure", descriptor: "Clear." },
            ],
          },
        ],
      },
    },
  ],
};
const KEY = {
  items: [
    {
      itemId: "q1",
      kind: "SINGLE_CHOICE",
      prompt: "Who replies?",
      points: 1,
      explanationHtml: "<p>Only Kim replies in ¶10.</p>",
      choices: [
        { choiceId: "c1", text: "Kim", correct: true, explanationHtml: "<p>He answers Mao.</p>" },
        {
          choiceId: "c2",
          text: "Mao",
          correct: false,
          explanationHtml: "<p>Mao asked.</p>",
          misconception: { id: "voices-run-together", name: "Voices run together" },
        },
      ],
      order: [],
      pairs: [],
      acceptedAnswers: [],
      targets: [],
      attributions: [],
      exemplars: [],
      misconceptions: [],
    },
    {
      itemId: "q5",
      kind: "EVIDENCE",
      prompt: "Select…",
      points: 1,
      explanationHtml: "",
      choices: [],
      order: [],
      pairs: [],
      acceptedAnswers: [],
      targets: [
        {
          paragraphNumber: 10,
          start: 40,
          end: 55,
          quote: "friendly advice",
          note: "Kim's own label.",
          role: "KEY",
          countsForRecall: false,
          claims: [{ id: "k2", text: "No: it was advice" }],
        },
        {
          paragraphNumber: 10,
          start: 0,
          end: 20,
          quote: "some of our comrades",
          note: "Others' view.",
          role: "ACCEPTABLE",
          countsForRecall: true,
          claims: [],
        },
      ],
      attributions: [],
      exemplars: [],
      misconceptions: [],
    },
  ],
};

type Reply = { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> };
function fakeServer(replies: Record<string, Reply>) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      // A public read asks by hash first; this server learns each query from the POST after.
      if (init.method === "GET")
        return Response.json({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
      const operation = /(?:query|mutation)\s+(\w+)/.exec(JSON.parse(String(init.body)).query)![1]!;
      const reply = replies[operation];
      if (!reply) throw new Error(`unexpected ${operation}`);
      return new Response(JSON.stringify(reply), {
        headers: { "content-type": "application/json" },
      });
    }),
  );
}

const mounted: Array<{ unmount(): void }> = [];
async function mountAt(component: object, path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: "/lessons/:slug/worksheet", component: WorksheetPage },
      { path: "/teacher/lessons/:slug/key", component: LessonKeyPage },
      { path: "/:rest(.*)*", component: { template: "<p>elsewhere</p>" } },
    ],
  });
  await router.push(path);
  const wrapper = mount(component, { global: { plugins: [router] } });
  mounted.push(wrapper);
  await settle();
  return wrapper;
}
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.unmount();
  vi.unstubAllGlobals();
});

describe("the printable worksheet", () => {
  it("puts every kind on paper: ¶ numbers, boxes, blanks, lines, underlining and the evidence table", async () => {
    fakeServer({ PlayerLesson: { data: { lesson: LESSON } } });
    const wrapper = await mountAt(WorksheetPage, "/lessons/voices/worksheet");
    const text = wrapper.text();
    expect(text).toContain("Voices in the record");
    expect(text).toMatch(/Name\s*Class\s*Date/);
    expect(wrapper.findAll(".ws-document").at(0)!.text()).toMatch(/¶9.*¶10.*¶11/s);
    expect(wrapper.find(".ed-note").text()).toBe("[to this]");
    expect(text).toContain("☐ A Kim");
    expect(wrapper.findAll(".ws-question").at(1)!.findAll(".line")).toHaveLength(5);
    expect(text).toContain("Number the items from 1 (first) to 2 (last).");
    expect(wrapper.findAll(".blank").length).toBe(3);
    expect(text).toContain("A Chairman");
    expect(text).toContain("Underline one or two passages that support the claim (in ¶10).");
    expect(text).toContain("Claim: Kim calls it advice.");
    expect(text).toContain("Evidence (¶ and words)");
    expect(wrapper.findAll("table.evidence tbody tr")).toHaveLength(3);
    expect(wrapper.findAll("button").map((b) => b.text())).toEqual(["Print"]);
    expect(wrapper.find(".screen-note").classes()).toContain("no-print");
    expect(wrapper.findAll("input, select, textarea")).toHaveLength(0);
    // The exercise's guidance sits under the worksheet's own "Guidance" heading (h4).
    expect(wrapper.find(".guidance h5").text()).toBe("Terms");
  });

  it("says so when there is no such lesson", async () => {
    fakeServer({ PlayerLesson: { data: { lesson: null } } });
    const wrapper = await mountAt(WorksheetPage, "/lessons/nothing/worksheet");
    expect(wrapper.text()).toContain("There is no lesson called “nothing”.");
  });
});

describe("the printable key", () => {
  it("numbers the keys as the worksheet does, with explanations and model evidence", async () => {
    fakeServer({
      PlayerLesson: { data: { lesson: LESSON } },
      LessonKey: { data: { lessonKey: KEY } },
    });
    const wrapper = await mountAt(LessonKeyPage, "/teacher/lessons/voices/key");
    const items = wrapper.findAll(".key-item");
    expect(items.map((i) => i.find("h3").text().split(" ")[0])).toEqual(["1.", "5."]);
    expect(items[0]!.text()).toContain("✓ Right · A Kim");
    expect(items[0]!.text()).toContain("He answers Mao.");
    expect(items[0]!.text()).toContain("Misconception: Voices run together");
    expect(items[1]!.text()).toContain("¶10 “friendly advice”");
    expect(items[1]!.text()).toContain("For: No: it was advice");
    expect(items[1]!.text()).toMatch(
      /Also acceptable \(never penalised\):\s*¶10 “some of our comrades”\s*Others' view.\s*May stand in for a key passage./,
    );
    expect(wrapper.text()).not.toMatch(/Name\s*Class\s*Date/);
  });

  it("shows the server's refusal, and no key, to a student", async () => {
    fakeServer({
      PlayerLesson: { data: { lesson: LESSON } },
      LessonKey: {
        data: { lessonKey: null },
        errors: [
          { message: "Only teachers can read the answer keys.", extensions: { code: "FORBIDDEN" } },
        ],
      },
    });
    const wrapper = await mountAt(LessonKeyPage, "/teacher/lessons/voices/key");
    expect(wrapper.text()).toContain("Only teachers can read the answer keys.");
    expect(wrapper.findAll(".key-item")).toHaveLength(0);
  });
});
