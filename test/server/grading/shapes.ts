// Items to check answers against, for the parseAnswer tests.
import { GraphQLError } from "graphql";
import type { ItemShape, Kind } from "../../../server/src/grading/index.js";

/** The n-th option key (a UUID, as Choice ids carry). */
export const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** An item with choices 1–2, order items 3–4, left 5, right 6, position 7, voices 12–13 and segments 14–15; ¶1 has 10 characters, ¶2 30. */
export function anItem(kind: Kind, over: Partial<ItemShape> = {}): ItemShape {
  return {
    kind,
    options: {
      CHOICE: new Set([key(1), key(2)]),
      ORDER: new Set([key(3), key(4)]),
      LEFT: new Set([key(5)]),
      RIGHT: new Set([key(6)]),
      CLAIM: new Set([key(7)]),
      VOICE: new Set([key(12), key(13)]),
      SEGMENT: new Set([key(14), key(15)]),
    },
    maxLength: 20,
    maxSelections: 2,
    paragraphLengths: new Map([
      [1, 10],
      [2, 30],
    ]),
    ...over,
  };
}

/** The message, code and field of the GraphQLError `run` throws, or null when it returns. */
export function refusal(
  run: () => unknown,
): { message: string; code: unknown; field: unknown } | null {
  try {
    run();
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { message: error.message, code: error.extensions.code, field: error.extensions.field };
  }
  return null;
}
