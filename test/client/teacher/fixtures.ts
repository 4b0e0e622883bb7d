import type { ItemKey, TeacherAssignment } from "../../../client/src/lib/teacher/review-types.js";

const blankKey = { points: 1, explanation: "", choices: [], order: [], pairs: [], acceptedAnswers: [], targets: [], exemplars: [] };

/** Keys of one item of each kind, with ids as the server would send them. */
export const KEYS: Record<string, ItemKey> = {
  single: {
    ...blankKey,
    itemId: "q-single",
    kind: "SINGLE_CHOICE",
    prompt: "Who wrote the record?",
    choices: [
      { choiceId: "c-puzanov", text: "Puzanov", correct: true, explanation: "" },
      { choiceId: "c-kim", text: "Kim Il Sung", correct: false, explanation: "" },
    ],
  },
  ordering: {
    ...blankKey,
    itemId: "q-order",
    kind: "ORDERING",
    prompt: "Put the events in order.",
    order: [
      { id: "o-1", text: "August plenum" },
      { id: "o-2", text: "Mikoyan and Peng visit" },
      { id: "o-3", text: "Moscow meeting" },
    ],
  },
  matching: {
    ...blankKey,
    itemId: "q-match",
    kind: "MATCHING",
    prompt: "Match each person to their office.",
    pairs: [
      { left: { id: "l-mao", text: "Mao Zedong" }, right: { id: "r-chair", text: "Chairman of the CCP" }, explanation: null },
      { left: { id: "l-puz", text: "Puzanov" }, right: { id: "r-amb", text: "Soviet ambassador" }, explanation: "He signed the record." },
    ],
  },
  evidence: {
    ...blankKey,
    itemId: "q-evidence",
    kind: "EVIDENCE",
    prompt: "Which passages show the record is second-hand?",
    targets: [{ paragraphNumber: 4, start: 0, end: 16, quote: "The conversation", note: "Kim reports it." }],
  },
  short: { ...blankKey, itemId: "q-short", kind: "SHORT_ANSWER", prompt: "Who translated it?", points: 2 },
  exercise: {
    ...blankKey,
    itemId: "ex-1",
    kind: "EXERCISE",
    prompt: "How reliable is the record?",
    points: 9,
    targets: [{ paragraphNumber: 9, start: 4, end: 15, quote: "interference", note: "The key admission." }],
  },
};

export const PARAGRAPHS = [
  { number: 4, text: "The conversation with Cde. Mao Zedong was very warm." },
  { number: 9, text: "It could be assessed as interference in the internal affairs <b>of</b> the KWP." },
];

export const RUBRIC = [
  {
    id: "crit-position",
    title: "Position",
    description: "Takes a clear position.",
    levels: [
      { score: 0, label: "Not yet", descriptor: "No position." },
      { score: 1, label: "Beginning", descriptor: "Vague." },
      { score: 2, label: "Secure", descriptor: "Clear and qualified." },
    ],
  },
  {
    id: "crit-evidence",
    title: "Use of evidence",
    description: "Quotes passages.",
    levels: [
      { score: 0, label: "Not yet", descriptor: "None." },
      { score: 1, label: "Developing", descriptor: "Some." },
      { score: 3, label: "Secure", descriptor: "Well chosen." },
    ],
  },
];

export const LESSON: TeacherAssignment["lesson"] = {
  slug: "sourcing-the-record",
  title: "Sourcing the record",
  document: { slug: "doc", paragraphs: PARAGRAPHS },
  steps: [
    { questionSet: null, exercise: null },
    {
      exercise: null,
      questionSet: {
        questions: [
          { id: "q-single", kind: "SINGLE_CHOICE", choices: [{ id: "c-puzanov", text: "Puzanov" }, { id: "c-kim", text: "Kim Il Sung" }] },
          { id: "q-order", kind: "ORDERING", items: [{ id: "o-3", text: "Moscow meeting" }, { id: "o-1", text: "August plenum" }, { id: "o-2", text: "Mikoyan and Peng visit" }] },
          {
            id: "q-match",
            kind: "MATCHING",
            left: [{ id: "l-mao", text: "Mao Zedong" }, { id: "l-puz", text: "Puzanov" }],
            right: [{ id: "r-chair", text: "Chairman of the CCP" }, { id: "r-amb", text: "Soviet ambassador" }, { id: "r-premier", text: "Premier of the DPRK" }],
          },
          { id: "q-short", kind: "SHORT_ANSWER" },
        ],
      },
    },
    {
      questionSet: null,
      exercise: { id: "ex-1", slug: "reliability", claims: [{ id: "claim-weak", text: "Weak evidence of Mao's words." }], rubric: RUBRIC },
    },
  ],
};
