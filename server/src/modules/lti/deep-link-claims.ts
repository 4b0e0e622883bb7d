// Pure: no I/O. Reads an LTI Deep Linking 2.0 request and builds the response's claims
// (1EdTech LTI Deep Linking 2.0 §4.4 and §4.5; content items §3).
import type { JWTPayload } from "jose";
import { LTI, nameOf, roleOf } from "./launch-claims.js";
import { badLaunch, LtiPageError } from "./lti.errors.js";

export const DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";
export const DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
export const DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";
const RESOURCE_LINK = "ltiResourceLink";
/** Plain http is trusted only on the machine itself, as for the platform's own URLs. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** A verified deep-linking request's claims: who asks, from which course, and where to answer. */
export interface DeepLinkClaims {
  sub: string;
  deploymentId: string;
  targetLinkUri: string;
  role: "TEACHER";
  name: string;
  context: { id: string; title: string | null };
  settings: DeepLinkSettings;
}

export interface DeepLinkSettings {
  returnUrl: string;
  /** The request's opaque `data`, to echo unchanged (undefined when absent). */
  data: unknown;
  /** False only when the platform says it ignores line items (accept_lineitem: false). */
  acceptLineItem: boolean;
  /** Whether the platform may open the link in a new window (the tool's session cookie works there). */
  acceptWindow: boolean;
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null;

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** Whether a verified token is a deep-linking request (the launch hands those over here). */
export const isDeepLinkingRequest = (payload: JWTPayload): boolean =>
  payload[`${LTI}message_type`] === DEEP_LINKING_REQUEST;

/**
 * The claims of a verified deep-linking request, or a page naming what is wrong: 401 for a
 * learner (only teachers add lessons), 400 for anything missing or a platform that accepts no
 * LTI resource links.
 */
export function readDeepLinkClaims(payload: JWTPayload): DeepLinkClaims {
  if (payload[`${LTI}version`] !== "1.3.0")
    throw badLaunch(
      `This tool speaks LTI 1.3.0; the request says version ${JSON.stringify(payload[`${LTI}version`] ?? null)}.`,
    );
  const sub = text(payload.sub);
  if (!sub) throw badLaunch("The request names no user (sub).");
  if (roleOf(payload[`${LTI}roles`]) !== "TEACHER")
    throw new LtiPageError(
      401,
      "Only teachers add lessons",
      "Adding a lesson to the course is for its instructors. Open the lessons your teacher has added instead.",
    );
  const deploymentId = text(payload[`${LTI}deployment_id`]);
  if (!deploymentId) throw badLaunch("The request names no deployment_id.");
  const targetLinkUri = text(payload[`${LTI}target_link_uri`]);
  if (!targetLinkUri || !URL.canParse(targetLinkUri))
    throw badLaunch("The request has no target_link_uri.");
  const context = record(payload[`${LTI}context`]);
  const contextId = text(context.id);
  if (!contextId)
    throw badLaunch(
      "The request names no course (context claim): add lessons from inside a course.",
    );
  const settings = record(payload[`${DL}deep_linking_settings`]);
  const returnUrl = text(settings.deep_link_return_url);
  if (!returnUrl || !URL.canParse(returnUrl))
    throw badLaunch("The request's deep_linking_settings give no deep_link_return_url.");
  const back = new URL(returnUrl);
  if (back.protocol !== "https:" && !(back.protocol === "http:" && LOOPBACK.has(back.hostname)))
    throw badLaunch(`The deep_link_return_url ${returnUrl} is not https://.`);
  if (!strings(settings.accept_types).includes(RESOURCE_LINK))
    throw badLaunch(
      `This tool adds lessons as LTI resource links (${RESOURCE_LINK}), which this place in the course does not accept.`,
    );
  return {
    sub,
    deploymentId,
    targetLinkUri,
    role: "TEACHER",
    name: nameOf(payload) ?? "Teacher",
    context: { id: contextId, title: text(context.title) ?? text(context.label) },
    settings: {
      returnUrl,
      data: settings.data,
      acceptLineItem: settings.accept_lineitem !== false,
      acceptWindow: strings(settings.accept_presentation_document_targets).includes("window"),
    },
  };
}

/** The lesson and assignment a teacher picked, as the content item describes them. */
export interface PickedLesson {
  slug: string;
  title: string;
  summary: string;
  /** The lesson's URL on this tool: the link's target_link_uri. */
  url: string;
  /** The assignment's opaque id: the custom parameter and the line item's resourceId. */
  assignmentId: string;
  dueAt: Date | null;
  /** The assignment's points; null (no line item) for practice or a lesson scoring nothing. */
  scoreMaximum: number | null;
}

/** One ltiResourceLink content item for a picked lesson (Deep Linking 2.0 §3.1). */
export function resourceLinkItem(
  picked: PickedLesson,
  settings: Pick<DeepLinkSettings, "acceptLineItem" | "acceptWindow">,
): Record<string, unknown> {
  const item: Record<string, unknown> = {
    type: RESOURCE_LINK,
    title: picked.title,
    text: picked.summary,
    url: picked.url,
    custom: { lesson: picked.slug, assignment: picked.assignmentId },
  };
  if (settings.acceptWindow) item.window = { targetName: "_blank" };
  if (settings.acceptLineItem && picked.scoreMaximum !== null && picked.scoreMaximum > 0)
    item.lineItem = {
      scoreMaximum: picked.scoreMaximum,
      label: picked.title,
      resourceId: picked.assignmentId,
      tag: "lesson",
    };
  if (picked.dueAt) item.submission = { endDateTime: picked.dueAt.toISOString() };
  return item;
}

/**
 * The claims of an LtiDeepLinkingResponse (iss, aud, iat, exp and jti are set when signing):
 * the deployment, the content items (none when the teacher cancelled) and the request's data.
 */
export function deepLinkResponseClaims(
  deploymentId: string,
  items: Array<Record<string, unknown>>,
  data: unknown,
  nonce: string,
): JWTPayload {
  const claims: JWTPayload = {
    nonce,
    [`${LTI}message_type`]: DEEP_LINKING_RESPONSE,
    [`${LTI}version`]: "1.3.0",
    [`${LTI}deployment_id`]: deploymentId,
    [`${DL}content_items`]: items,
  };
  if (data !== undefined && data !== null) claims[`${DL}data`] = data;
  if (items.length === 0) claims[`${DL}msg`] = "No lesson was added.";
  return claims;
}
