import {
  Arg,
  Ctx,
  Extensions,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from "type-graphql";
import { badUserInput } from "../../core/errors.js";
import { encodeId } from "../../core/ids.js";
import { Assignment, toAssignment } from "../assignments/assignments.types.js";
import { Classroom } from "../classes/classes.types.js";
import {
  activitySnapshot,
  followAttempt,
  type LiveDeps,
  type LiveRuntime,
  openFeedbackNow,
  setClassPaused,
  watchAssignment,
} from "./live.service.js";
import type { ActivityRow } from "./live.sql.js";
import {
  ActivityEvent,
  ActivitySnapshot,
  AttemptUpdate,
  toActivityEvent,
  toAttemptUpdate,
} from "./live.types.js";

/** What the live resolvers need: the services' deps, and over WebSocket the server's hub. */
export type LiveContext = LiveDeps & { live?: LiveRuntime };

const runtimeOf = (context: LiveContext): LiveRuntime => {
  if (!context.live) throw badUserInput(OVER_WEBSOCKET);
  return context.live;
};

const OVER_WEBSOCKET = "Subscriptions are served over WebSocket (graphql-ws) at /graphql.";

/** Sent over HTTP, a subscription field is resolved once with no event: refused, not a crash. */
const overWebSocket = (row: ActivityRow | undefined): ActivityRow => {
  if (!row) throw badUserInput(OVER_WEBSOCKET);
  return row;
};

interface Subscribe<A> {
  args: A;
  context: LiveContext;
}

@Resolver()
export class LiveResolver {
  @Query(() => ActivitySnapshot, {
    description:
      "Teacher: the live state of an assignment of their class, and its events after `after` (an ActivityEvent.id). Read it first, then subscribe from its lastEventId; poll it every few seconds where WebSockets are blocked.",
  })
  @Extensions({ policy: "live.canWatchClass" })
  async assignmentActivitySnapshot(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Arg("after", () => ID, { nullable: true }) after: string | null,
    @Ctx() context: LiveContext,
  ): Promise<ActivitySnapshot> {
    const snapshot = await activitySnapshot(context, { assignmentId, after });
    return Object.assign(new ActivitySnapshot(), {
      paused: snapshot.paused,
      lastEventId: snapshot.lastEventId && encodeId("ActivityEvent", snapshot.lastEventId),
      students: snapshot.students.map(toActivityEvent),
      cells: snapshot.cells.map(toActivityEvent),
      events: snapshot.events.map(toActivityEvent),
    });
  }

  @Subscription(() => ActivityEvent, {
    description:
      "Teacher: an assignment's events as they commit on any server. With `after` (the last ActivityEvent.id seen) the missed ones come first; drop an id seen before.",
    subscribe: ({ args, context }: Subscribe<{ assignmentId: string; after?: string | null }>) =>
      watchAssignment(context, runtimeOf(context), args),
  })
  @Extensions({ policy: "live.canWatchClass" })
  assignmentActivity(
    @Root() row: ActivityRow,
    @Arg("assignmentId", () => ID) _assignmentId: string,
    @Arg("after", () => ID, { nullable: true }) _after: string | null,
  ): ActivityEvent {
    return toActivityEvent(overWebSocket(row));
  }

  @Subscription(() => AttemptUpdate, {
    description:
      "Student: what changes for their own attempt (scored, feedback opened, due date moved, class paused or resumed), missed ones after `after` first.",
    subscribe: async ({ args, context }: Subscribe<{ attemptId: string; after?: string | null }>) =>
      (await followAttempt(context, runtimeOf(context), args)).stream,
  })
  @Extensions({ policy: "live.canFollowAttempt" })
  myAttemptUpdates(
    @Root() row: ActivityRow,
    @Arg("attemptId", () => ID) attemptId: string,
    @Arg("after", () => ID, { nullable: true }) _after: string | null,
  ): AttemptUpdate {
    return toAttemptUpdate(overWebSocket(row), attemptId);
  }

  @Extensions({ policy: "live.canRunClass" })
  @Mutation(() => Boolean, {
    description:
      "Teacher: pauses their class. Saves answer CONFLICT with extensions.reason CLASS_PAUSED until resumeClass; students' streams get PAUSED. Answers true.",
  })
  pauseClass(
    @Arg("classId", () => ID) classId: string,
    @Ctx() context: LiveContext,
  ): Promise<boolean> {
    return setClassPaused(context, classId, true);
  }

  @Extensions({ policy: "live.canRunClass" })
  @Mutation(() => Boolean, {
    description: "Teacher: resumes their paused class (RESUMED on the streams). Answers false.",
  })
  resumeClass(
    @Arg("classId", () => ID) classId: string,
    @Ctx() context: LiveContext,
  ): Promise<boolean> {
    return setClassPaused(context, classId, false);
  }

  @Extensions({ policy: "live.canRunClass" })
  @Mutation(() => Assignment, {
    description:
      "Teacher: feedback after the due date opens now (the assignment becomes ON_SUBMIT; FEEDBACK_OPENED on the streams). Other timings are open already: unchanged.",
  })
  async openFeedbackNow(
    @Arg("assignmentId", () => ID) assignmentId: string,
    @Ctx() context: LiveContext,
  ): Promise<Assignment> {
    return toAssignment(await openFeedbackNow(context, assignmentId));
  }
}

@Resolver(() => Classroom)
export class ClassroomLiveResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Paused by its teacher (pauseClass): saves and checks answer CONFLICT, reason CLASS_PAUSED, until resumeClass.",
  })
  @Extensions({ policy: "classes.canSeeClass" })
  paused(@Root() classroom: Classroom): boolean {
    return classroom.row.pausedAt !== null;
  }
}
