// Pure: no I/O. Reads an LTI 1.3 resource link launch's claims (LTI Core 1.3 §5.3–5.4).
import type { JWTPayload } from "jose";
import { badLaunch } from "./lti.errors.js";

export const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";

export interface LaunchClaims {
  sub: string;
  deploymentId: string;
  targetLinkUri: string;
  role: "TEACHER" | "STUDENT";
  name: string;
  context: { id: string; title: string | null };
  resourceLinkId: string;
  /** The lesson a link names: the custom parameter `lesson`, else /lessons/<slug> in the target. */
  lessonSlug: string | null;
  /** The assignment a deep link created for this link: the custom parameter `assignment`. */
  assignmentRef: string | null;
  /** The course's roster (NRPS context_memberships_url), when the platform offers one. */
  membershipsUrl: string | null;
}

export const NRPS_CLAIM = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * Teacher for Instructor or Administrator (context, institution or system role, full URI or
 * the short form), student for Learner; null for anything else (a mentor, a guest).
 */
export function roleOf(roles: unknown): "TEACHER" | "STUDENT" | null {
  if (!Array.isArray(roles)) return null;
  const names = roles
    .filter((role): role is string => typeof role === "string")
    .map((role) => role.slice(Math.max(role.lastIndexOf("#"), role.lastIndexOf("/")) + 1));
  if (names.some((name) => name === "Instructor" || name === "Administrator")) return "TEACHER";
  if (names.includes("Learner")) return "STUDENT";
  return null;
}

/** The name a platform sends: name, else given and family names. */
export function nameOf(payload: JWTPayload): string | null {
  const full = text(payload.name);
  if (full) return full;
  const parts = [text(payload.given_name), text(payload.family_name)].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : null;
}

/** The lesson slug a link names, from a custom `lesson` parameter or a /lessons/<slug> target. */
export function lessonSlugOf(
  custom: Record<string, unknown>,
  targetLinkUri: string,
): string | null {
  const fromCustom = text(custom.lesson);
  if (fromCustom) return fromCustom;
  const match = /^\/lessons\/([a-z0-9-]+)\/?$/.exec(new URL(targetLinkUri).pathname);
  return match ? match[1]! : null;
}

/**
 * The claims of a verified resource link launch, or a 400 page naming what is missing. Other
 * message types (deep linking) are refused until the tool supports them.
 */
export function readLaunchClaims(payload: JWTPayload): LaunchClaims {
  const messageType = payload[`${LTI}message_type`];
  if (messageType !== RESOURCE_LINK_REQUEST)
    throw badLaunch(
      `This tool opens resource links only (${RESOURCE_LINK_REQUEST}); the platform sent ${JSON.stringify(messageType ?? null)}.`,
    );
  if (payload[`${LTI}version`] !== "1.3.0")
    throw badLaunch(
      `This tool speaks LTI 1.3.0; the launch says version ${JSON.stringify(payload[`${LTI}version`] ?? null)}.`,
    );
  const sub = text(payload.sub);
  if (!sub)
    throw badLaunch("The launch names no user (sub): anonymous launches are not supported.");
  const deploymentId = text(payload[`${LTI}deployment_id`]);
  if (!deploymentId) throw badLaunch("The launch names no deployment_id.");
  const targetLinkUri = text(payload[`${LTI}target_link_uri`]);
  if (!targetLinkUri || !URL.canParse(targetLinkUri))
    throw badLaunch("The launch has no target_link_uri.");
  const role = roleOf(payload[`${LTI}roles`]);
  if (!role)
    throw badLaunch(
      "The launch's roles name neither an Instructor, an Administrator nor a Learner.",
    );
  const context = record(payload[`${LTI}context`]);
  const contextId = text(context.id);
  if (!contextId) throw badLaunch("The launch names no course (context claim).");
  const resourceLinkId = text(record(payload[`${LTI}resource_link`]).id);
  if (!resourceLinkId) throw badLaunch("The launch names no resource link.");
  return {
    sub,
    deploymentId,
    targetLinkUri,
    role,
    name: nameOf(payload) ?? (role === "TEACHER" ? "Teacher" : "Student"),
    context: { id: contextId, title: text(context.title) ?? text(context.label) },
    resourceLinkId,
    lessonSlug: lessonSlugOf(record(payload[`${LTI}custom`]), targetLinkUri),
    assignmentRef: text(record(payload[`${LTI}custom`]).assignment),
    membershipsUrl: membershipsUrlOf(payload[NRPS_CLAIM]),
  };
}

/** The NRPS claim's context_memberships_url, if it is an http(s) URL. */
export function membershipsUrlOf(claim: unknown): string | null {
  const url = text(record(claim).context_memberships_url);
  return url && /^https?:\/\//.test(url) && URL.canParse(url) ? url : null;
}
