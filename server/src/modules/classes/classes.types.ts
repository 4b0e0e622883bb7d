import { Extensions, Field, ID, ObjectType } from "type-graphql";
import { encodeId } from "../../core/ids.js";
import type { ClassRow } from "./classes.sql.js";

@ObjectType()
export class Classroom {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, {
    description:
      "Archived (archiveClass): its work stays to read, but nothing in it changes until the class is restored (restoreClass) or deleted.",
  })
  @Extensions({ policy: "classes.canSeeClass" })
  archived!: boolean;
  row!: ClassRow;
}

export const toClassroom = (row: ClassRow): Classroom =>
  Object.assign(new Classroom(), {
    id: encodeId("Classroom", row.id),
    name: row.name,
    archived: row.archivedAt !== null,
    row,
  });

@ObjectType({
  description:
    "What a join code opens, shown to anyone who has the code before they join: nothing else of the class.",
})
export class JoinableClass {
  @Field(() => String) name!: string;
  @Field(() => String, { description: "The display name of the class's teacher." })
  teacherName!: string;
}
