import DataLoader from "dataloader";
import { Arg, Ctx, Extensions, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import type { Queryable } from "../../core/database.js";
import type { ClassesDeps } from "../classes/classes.service.js";
import { canManageClass } from "../classes/classes.policy.js";
import { Classroom, toClassroom } from "../classes/classes.types.js";
import { classSubject } from "../classes/relations.js";
import { selectRosterLinks, type RosterLink } from "./roster.sql.js";
import { syncClassRoster } from "./roster.service.js";
import { LmsRoster, RosterSyncResult } from "./roster.types.js";

// One loader of roster links per request, kept beside the request's own loaders.
const rosterLoaders = new WeakMap<object, DataLoader<string, RosterLink | undefined>>();
function rosterLinks(context: ClassesDeps): DataLoader<string, RosterLink | undefined> {
  let loader = rosterLoaders.get(context.loaders as object);
  if (!loader) {
    const db: Queryable = context.db;
    loader = new DataLoader(async (classIds: readonly string[]) => {
      const rows = await selectRosterLinks(db, classIds);
      return classIds.map((id) => rows.find((row) => row.classId === id));
    });
    rosterLoaders.set(context.loaders as object, loader);
  }
  return loader;
}

// Its own file and resolver: the schema lists Classroom's fields in the order resolvers load.
@Resolver(() => Classroom)
export class ClassroomRosterResolver {
  @FieldResolver(() => LmsRoster, {
    nullable: true,
    description:
      "Teacher: the class's LMS roster, and whether it can be synced. Null for anyone else.",
  })
  @Extensions({ policy: "classes.canManageClass" })
  async lmsRoster(
    @Root() classroom: Classroom,
    @Ctx() context: ClassesDeps,
  ): Promise<LmsRoster | null> {
    const relation = await context.loaders.relations.load(classSubject(classroom.row));
    if (!canManageClass(relation)) return null;
    const link = await rosterLinks(context).load(classroom.row.id);
    return Object.assign(new LmsRoster(), {
      linked: link !== undefined,
      canSync: Boolean(link?.membershipsUrl),
      lastSyncedAt: link?.syncedAt ?? null,
    });
  }

  @Extensions({ policy: "classes.canManageClass" })
  @Mutation(() => RosterSyncResult, {
    description:
      "Teacher: syncs an LMS-linked class from the course's roster (LTI Names and Role Provisioning Services): learners join the class (also those who never opened it), names follow the roster, and students it no longer lists as active are marked inactive, never removed. Idempotent.",
  })
  async syncClassRoster(
    @Arg("classId", () => ID) classId: string,
    @Ctx() context: ClassesDeps,
  ): Promise<RosterSyncResult> {
    const { classId: key, changes } = await syncClassRoster(context, classId);
    context.loaders.classes.classById.clear(key);
    const row = (await context.loaders.classes.classById.load(key))!;
    return Object.assign(new RosterSyncResult(), { classroom: toClassroom(row), ...changes });
  }
}
