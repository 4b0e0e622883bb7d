import { Field, ID, ObjectType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { ClassRow } from "./classes.sql.js";

@ObjectType()
export class Classroom {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  row!: ClassRow;
}

export const toClassroom = (row: ClassRow): Classroom =>
  Object.assign(new Classroom(), { id: encodeId("Classroom", row.id), name: row.name, row });
