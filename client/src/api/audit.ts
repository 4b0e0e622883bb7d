import { request } from "./client.js";
import { graphql } from "./generated/gql.js";
import type { TeacherClassChangesQuery } from "./generated/graphql.js";

const ClassChanges = graphql(`
  query TeacherClassChanges($id: ID!, $first: Int!, $before: ID) {
    classroom(id: $id) {
      id
      auditTrail(first: $first, before: $before) {
        id at actorName action field oldValue newValue studentName
      }
    }
  }
`);

const AssignmentChanges = graphql(`
  query TeacherAssignmentChanges($id: ID!, $first: Int!, $before: ID) {
    assignment(id: $id) {
      id
      auditTrail(first: $first, before: $before) {
        id at actorName action field oldValue newValue studentName
      }
    }
  }
`);

export type AuditEntry = NonNullable<TeacherClassChangesQuery["classroom"]>["auditTrail"][number];
export type ChangesScope = "class" | "assignment";

/** One page of a class's or an assignment's changes, newest first (empty for anyone but its teacher). */
export async function fetchChanges(
  scope: ChangesScope,
  id: string,
  page: { first: number; before: string | null },
): Promise<AuditEntry[]> {
  const variables = { id, ...page };
  if (scope === "class")
    return (await request(ClassChanges, variables)).classroom?.auditTrail ?? [];
  return (await request(AssignmentChanges, variables)).assignment?.auditTrail ?? [];
}
