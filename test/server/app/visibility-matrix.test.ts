import { isInterfaceType, isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { DATABASE_KINDS } from "../../support/databases.js";
import { linkAssignmentForGrades } from "../../support/lti-ags-platform.js";
import { serveForSuite } from "../../support/server.js";
import {
  buildVisibilityWorld,
  type Role,
  ROLES,
  type VisibilityWorld,
} from "../../support/visibility-world.js";
import { Refusal, ROWS, type Row } from "./visibility-rows/index.js";

type Outcome = { code: string | number } | { value: unknown };

async function probe(
  row: Row,
  server: { url: string },
  w: VisibilityWorld,
  role: Role,
): Promise<Outcome> {
  const headers = { "content-type": "application/json", ...w.auth[role] };
  if (row.route) {
    const response = await fetch(`${server.url}${row.route(w)}`, { headers });
    return response.status === 200 ? { value: await response.text() } : { code: response.status };
  }
  const body = JSON.stringify({ query: row.query, variables: w.vars });
  const response = await fetch(`${server.url}/graphql`, { method: "POST", headers, body });
  const { data, errors } = (await response.json()) as { data: any; errors?: any[] };
  if (errors) return { code: errors[0].extensions?.code };
  return { value: (row.pick ? row.pick(data, w) : Object.values(data)[0]) ?? null };
}

/** Something is seen when it is there all the way down: no null, no empty list. */
const shown = (value: unknown): boolean =>
  value !== null &&
  value !== undefined &&
  (Array.isArray(value)
    ? value.length > 0 && value.every(shown)
    : typeof value !== "object" || Object.values(value).every(shown));
const named = ROWS.map(
  (row) => [row.via ? `${row.field} (via ${row.via})` : row.field, row] as const,
);

describe("the visibility matrix", () => {
  it.each(named)("%s says for every role whether it may see", (_, row) => {
    expect([...row.may, ...Object.keys(row.mayNot)].toSorted()).toEqual([...ROLES].toSorted());
  });

  it("lists exactly the fields the schema marks with a policy (extensions.policy)", async () => {
    const schema = await buildAppSchema();
    // Subscription fields are refused over WebSocket, each role in test/server/modules/live/.
    const marked = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) || isInterfaceType(type))
      .filter((type) => type !== schema.getSubscriptionType())
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.extensions?.policy)
          .map((field) => `${type.name}.${field.name}`),
      );
    const listed = new Set(ROWS.filter((row) => !row.route).map((row) => row.field));
    expect(marked.toSorted()).toEqual([...listed].toSorted());
  });
});

describe.each(DATABASE_KINDS)("who sees what, over HTTP, on %s", (kind) => {
  const suite = serveForSuite(kind);
  let world: VisibilityWorld;
  beforeAll(async () => {
    world = await buildVisibilityWorld(suite.server);
    await linkAssignmentForGrades(suite.database.pool, world.vars.assignmentId);
  });

  describe.each(named)("%s", (_, row) => {
    const roles = ROLES.map(
      (role) => [role, row.may.includes(role) ? "sees it" : "does not"] as const,
    );
    it.each(roles)("%s %s", async (role) => {
      const outcome = await probe(row, suite.server, world, role);
      if (row.may.includes(role)) {
        expect(outcome).not.toHaveProperty("code");
        expect(shown((outcome as { value: unknown }).value), JSON.stringify(outcome)).toBe(true);
      } else {
        const denied = row.mayNot[role];
        expect(outcome).toEqual(
          denied instanceof Refusal ? { code: denied.code } : { value: denied },
        );
      }
    });
  });
});
