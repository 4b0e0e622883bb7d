// The question kinds are registered three times, once per layer: grading's units, content's
// entries and the GraphQL types. This is where the three are held against each other.
import { ITEM_KINDS } from "../content/lessons/content-sync.service.js";
import { KINDS } from "../grading/index.js";
import { QUESTION_KIND_TYPES } from "../modules/questions/kinds/index.js";

/** Exercises are items of their own (an exercise file, the Exercise type), beside the question kinds. */
const EXERCISE = "EXERCISE";

export interface KindRegistries {
  grading: readonly string[];
  content: readonly string[];
  graphql: readonly string[];
}

const WHAT: Record<keyof KindRegistries, string> = {
  grading: "grading unit",
  content: "content entry",
  graphql: "GraphQL type",
};

/** The kinds each registry knows. */
export function registeredKinds(): KindRegistries {
  return {
    grading: Object.keys(KINDS),
    content: ITEM_KINDS,
    graphql: [...QUESTION_KIND_TYPES.flatMap((entry) => entry.kinds), EXERCISE],
  };
}

/** One line per kind that some registry has and another lacks, naming the kind and what it lacks. */
export function kindRegistryProblems(registries: KindRegistries): string[] {
  const layers = Object.keys(WHAT) as Array<keyof KindRegistries>;
  const kinds = [...new Set(layers.flatMap((layer) => registries[layer]))];
  return kinds.flatMap((kind) => {
    const has = layers.filter((layer) => registries[layer].includes(kind));
    const lacks = layers.filter((layer) => !has.includes(layer));
    if (lacks.length === 0) return [];
    const list = (of: typeof layers) => of.map((layer) => `a ${WHAT[layer]}`).join(" and ");
    return [
      `question kind ${kind} has ${list(has)} but not ${list(lacks).replaceAll(" and ", " or ")}`,
    ];
  });
}

/** Refuses to go on when the registries disagree, naming every kind concerned. */
export function assertKindRegistriesAgree(registries = registeredKinds()): void {
  const problems = kindRegistryProblems(registries);
  if (problems.length > 0) throw new Error(problems.join("\n"));
}
