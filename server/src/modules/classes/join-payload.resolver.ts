import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AuthPayload } from "../users/users.types.js";
import type { ClassesContext } from "./classes.resolver.js";
import { Classroom, toClassroom } from "./classes.types.js";

// Its own file: the schema lists AuthPayload's fields in the order their resolvers load.
@Resolver(() => AuthPayload)
export class JoinPayloadResolver {
  @FieldResolver(() => Classroom, {
    nullable: true,
    description: "joinClass: the class just joined. Null for every other way of signing in.",
  })
  async classroom(
    @Root() payload: AuthPayload,
    @Ctx() { loaders }: ClassesContext,
  ): Promise<Classroom | null> {
    if (!payload.joinedClassId) return null;
    const row = await loaders.classes.classById.load(payload.joinedClassId);
    return row ? toClassroom(row) : null;
  }
}
