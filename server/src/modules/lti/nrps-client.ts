// Reads a course's roster from the platform: 1EdTech Names and Role Provisioning Services 2.0.
// GET context_memberships_url with Accept application/vnd.ims.lti-nrps.v2.membershipcontainer+json
// and the service's bearer token; the members come in pages linked by `Link: <…>; rel="next"`.
import type { Queryable } from "../../core/database.js";
import { nameOf, roleOf } from "./launch-claims.js";
import type { PlatformRow } from "./platforms.sql.js";
import { checkPlatformUrl, PlatformInputError } from "./platforms.service.js";
import { forgetServiceToken, SCOPES, serviceAccessToken } from "./service-token.js";

export const MEMBERSHIP_CONTAINER = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
const MAX_PAGES = 200;
const TIMEOUT_MS = 15_000;

/** A member of the course as the roster gives them. */
export interface RosterMember {
  userId: string;
  /** TEACHER for an Instructor or Administrator, STUDENT for a Learner, null otherwise. */
  role: "TEACHER" | "STUDENT" | null;
  status: "Active" | "Inactive" | "Deleted";
  name: string | null;
}

/** The platform's roster could not be read; the message says why. */
export class RosterFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RosterFetchError";
  }
}

/** Pure: the members of one page of a membership container (members without a user_id skipped). */
export function readMembers(body: unknown): RosterMember[] {
  const members = (body as { members?: unknown } | null)?.members;
  if (!Array.isArray(members))
    throw new RosterFetchError("the platform's answer is not a membership container");
  return members.flatMap((raw): RosterMember[] => {
    const member = (raw ?? {}) as Record<string, unknown>;
    const userId = typeof member.user_id === "string" ? member.user_id.trim() : "";
    if (!userId) return [];
    const status =
      member.status === "Inactive" || member.status === "Deleted" ? member.status : "Active";
    return [{ userId, role: roleOf(member.roles), status, name: nameOf(member) }];
  });
}

/** Pure: the URL of the `rel="next"` link in a Link header, or null. */
export function nextLink(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2]!))
      return match[1]!;
  }
  return null;
}

/** Every member of the course, following the pages; asks for a new token once if one is refused. */
export async function fetchRoster(
  db: Queryable,
  platform: PlatformRow,
  membershipsUrl: string,
): Promise<RosterMember[]> {
  const scopes = [SCOPES.memberships];
  const members: RosterMember[] = [];
  let url: string | null = membershipsUrl;
  for (let page = 0; url; page++) {
    if (page >= MAX_PAGES)
      throw new RosterFetchError(`the roster has more than ${MAX_PAGES} pages`);
    try {
      checkPlatformUrl("the roster URL", url);
    } catch (error) {
      if (error instanceof PlatformInputError) throw new RosterFetchError(error.message);
      throw error;
    }
    let response = await getPage(url, await serviceAccessToken(db, platform, scopes));
    if (response.status === 401) {
      forgetServiceToken(platform, scopes);
      response = await getPage(url, await serviceAccessToken(db, platform, scopes));
    }
    if (!response.ok)
      throw new RosterFetchError(`the platform's roster service answered ${response.status}`);
    const body: unknown = await response.json().catch(() => null);
    members.push(...readMembers(body));
    const next = nextLink(response.headers.get("link"));
    url = next ? new URL(next, url).href : null;
  }
  return members;
}

async function getPage(url: string, token: string): Promise<Response> {
  try {
    return await fetch(url, {
      headers: { accept: MEMBERSHIP_CONTAINER, authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new RosterFetchError(
      `the platform's roster service could not be reached: ${(error as Error).message}`,
    );
  }
}
