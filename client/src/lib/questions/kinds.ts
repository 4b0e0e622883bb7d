/**
 * Question kinds on the client. Each kind is one component file,
 * `components/questions/Question<Name>.vue`: its `<script setup>` takes `QuestionProps` and emits
 * `QuestionEmits`, and its plain `<script lang="ts">` block exports `questionKind`, a
 * `QuestionKindSpec` naming the kinds it renders and how a teacher reads its answers.
 * `QuestionKinds` gathers those files (found by name) into one entry per kind.
 */
import type { AnswerInput, QuestionKind } from "../../api/generated/graphql.js";
import type { PlayerFeedback } from "../../api/attempt.js";
import type { PlayerQuestion } from "../../api/player.js";
import type { ItemReading } from "../teacher/answers.js";
import type { SourceParagraph } from "./models.js";

/** The lesson's question that has the given fields: the GraphQL type of one kind. */
export type QuestionWith<Field extends string> = Extract<PlayerQuestion, Record<Field, unknown>>;

/** The key as feedback gives it, once the student may see it. */
export type ExpectedAnswer = Partial<NonNullable<PlayerFeedback["expected"]>>;

/** The props every question kind's component takes. */
export interface QuestionProps<Question = PlayerQuestion> {
  /** Prefix of the control's element ids ("q1"), also the name of its radios. */
  id: string;
  question: Question;
  /** The document's paragraphs, for kinds that quote or pick from them. */
  paragraphs: SourceParagraph[];
  answer?: AnswerInput;
  expected?: ExpectedAnswer | null;
  readonly?: boolean;
}

/** What every question kind's component emits: the whole new answer, and whether it was typed (saved after a pause) or chosen (saved at once). */
export type QuestionEmits = { change: [answer: AnswerInput, typed: boolean] };

/** What a question kind's component declares, as `export const questionKind = defineQuestionKind({…})`. */
export interface QuestionKindSpec extends ItemReading {
  /** The kinds (of the GraphQL enum QuestionKind) this component renders. */
  kinds: readonly QuestionKind[];
  /** It shows the question's paragraphs itself, so the player offers no "Read ¶…" beside it. */
  showsParagraphs?: boolean;
  /** A teacher may give its answers points (and must, when one needs review). */
  scoredByTeacher?: boolean;
}

export const defineQuestionKind = (spec: QuestionKindSpec): QuestionKindSpec => spec;

/** A component file as `import.meta.glob` loads it. */
export interface QuestionKindModule<Component> {
  default: Component;
  questionKind?: QuestionKindSpec;
}

export interface QuestionKindEntry<Component> extends QuestionKindSpec {
  component: Component;
  /** The file that declares it. */
  file: string;
}

const WHERE = "client/src/components/questions/";

/** Every kind the client renders, each with the one component file that declares it. */
export class QuestionKinds<Component> {
  readonly #byKind = new Map<string, QuestionKindEntry<Component>>();

  /** Throws when a file declares no kind, or two files declare the same kind. */
  constructor(modules: Record<string, QuestionKindModule<Component>>) {
    for (const [file, module] of Object.entries(modules)) {
      const spec = module.questionKind;
      if (!spec?.kinds.length)
        throw new Error(
          `${file} declares no question kind: every Question*.vue in ${WHERE} exports ` +
            '`questionKind = defineQuestionKind({ kinds: [...], ... })` from a <script lang="ts"> block.',
        );
      for (const kind of spec.kinds) {
        const taken = this.#byKind.get(kind);
        if (taken)
          throw new Error(`Question kind ${kind} has two components: ${taken.file} and ${file}.`);
        this.#byKind.set(kind, { ...spec, component: module.default, file });
      }
    }
  }

  get(kind: string): QuestionKindEntry<Component> | undefined {
    return this.#byKind.get(kind);
  }

  /** The kinds that have a component, sorted. */
  kinds(): string[] {
    return [...this.#byKind.keys()].sort();
  }

  /** Throws, naming each of `kinds` that has no component and where one goes. */
  assertCovers(kinds: readonly string[]): void {
    const missing = kinds.filter((kind) => !this.#byKind.has(kind));
    if (missing.length)
      throw new Error(
        `No component for question kind ${missing.join(", ")}: add ${WHERE}Question<Name>.vue ` +
          `that exports \`questionKind = defineQuestionKind({ kinds: [${missing
            .map((kind) => `"${kind}"`)
            .join(", ")}], ... })\`.`,
      );
  }
}
