import { Field, ID, ObjectType } from "type-graphql";
import type { MisconceptionRow } from "./misconceptions.sql.js";
import { HistoricalSkill } from "./questions.types.js";

@ObjectType({
  description:
    "A misreading the lessons probe, from the public catalogue (lessons/misconceptions.yaml). It names no item or choice: which wrong answers encode it is part of the answer key.",
})
export class Misconception {
  @Field(() => ID, { description: "The authored id, kebab-case and stable." }) id!: string;
  @Field(() => String, { description: "A short name a teacher recognises." }) name!: string;
  @Field(() => String, { description: "What the student believes (plain text)." })
  belief!: string;
  @Field(() => HistoricalSkill, { description: "The habit the misreading shows missing." })
  habit!: HistoricalSkill;
  @Field(() => String, { description: "How to reteach it, in 1–3 sentences (plain text)." })
  reteach!: string;
}

export function toMisconception(row: MisconceptionRow): Misconception {
  return Object.assign(new Misconception(), {
    id: row.id,
    name: row.name,
    belief: row.belief,
    habit: row.habit as HistoricalSkill,
    reteach: row.reteach,
  });
}
