import { Ctx, Extensions, FieldResolver, Resolver, Root } from "type-graphql";
import { Classroom } from "../classes/classes.types.js";
import { classSubject } from "../classes/relations.js";
import { canSeeAssignment } from "./assignments.policy.js";
import type { AssignmentsContext } from "./assignments.resolver.js";
import { Assignment, toAssignment } from "./assignments.types.js";

// Its own file: the schema lists Classroom's fields in the order their resolvers load, and this
// one comes after the class's own.
@Resolver(() => Classroom)
export class ClassroomAssignmentsResolver {
  @FieldResolver(() => [Assignment])
  @Extensions({ policy: "assignments.canSeeAssignment" })
  async assignments(
    @Root() classroom: Classroom,
    @Ctx() { loaders }: AssignmentsContext,
  ): Promise<Assignment[]> {
    if (!canSeeAssignment(await loaders.relations.load(classSubject(classroom.row)))) return [];
    return (await loaders.assignments.assignmentsByClass.load(classroom.row.id)).map(toAssignment);
  }
}
