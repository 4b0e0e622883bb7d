import fc from "fast-check";
import { type Draw, GARBAGE_STRINGS, garbageValue, pick } from "./garbage.js";

export interface FuzzHttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * The routes of server/src/http, each with a hole (":x") for a generated segment: the exports,
 * LTI's pages and endpoints, GraphQL over GET, health and the client's own pages.
 */
export const ROUTES = [
  "/healthz",
  "/graphiql",
  "/graphql",
  "/api/assignments/:x/results.csv",
  "/api/assignments/:x/misconceptions.csv",
  "/api/documents/:x.tei.xml",
  "/api/documents/:x.txt",
  "/api/:x",
  "/lti/jwks",
  "/lti/login",
  "/lti/launch",
  "/lti/deep-link.js",
  "/lti/deep-link/:x",
  "/lti/session",
  "/lti/storage.js",
  "/lti/logo.svg",
  "/lti/register",
  "/lti/continue",
  "/lti/:x",
  "/:x",
];

const METHODS = ["GET", "GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"];
const CONTENT_TYPES = [
  "application/json",
  "application/x-www-form-urlencoded",
  "text/plain",
  "multipart/form-data; boundary=x",
  "application/json; charset=utf-16",
  "application/graphql",
  "",
];
/** Fields the LTI endpoints read, so generated forms reach past their first check. */
const FORM_KEYS = [
  "iss",
  "login_hint",
  "target_link_uri",
  "lti_message_hint",
  "client_id",
  "lti_deployment_id",
  "id_token",
  "state",
  "code",
  "openid_configuration",
  "registration_token",
  "query",
  "variables",
  "operationName",
  "items",
  "__proto__",
];

/** Percent-encoded; a lone surrogate, which encodeURIComponent refuses, as its raw bytes. */
const encode = (text: string) => {
  try {
    return encodeURIComponent(text);
  } catch {
    return "%ED%A0%80";
  }
};

const segment = (g: Draw, world: string[]) =>
  g(() =>
    fc.oneof(
      fc.constantFrom(...world),
      fc.constantFrom(...GARBAGE_STRINGS.filter((s) => s.length < 500)),
      fc.string({ unit: "grapheme", maxLength: 30 }).map(encode),
      fc.constantFrom("%ZZ", "%", "%E0%A4%A", "..%2F..%2Fetc%2Fpasswd", "a/b/c", "%00", "x?y=1"),
    ),
  );

function query(g: Draw): string {
  if (g(fc.boolean)) return "";
  const pairs = Array.from({ length: g(fc.integer, { min: 1, max: 4 }) }, () => {
    const value = garbageValue(g);
    return `${pick(g, FORM_KEYS)}=${encode(typeof value === "string" ? value : (JSON.stringify(value) ?? ""))}`;
  });
  return `?${pairs.join("&")}`;
}

function body(g: Draw, contentType: string): string | undefined {
  switch (g(fc.nat, { max: 3 })) {
    case 0:
      return undefined;
    case 1:
      return g(fc.string, { unit: "binary", maxLength: 300 });
    case 2:
      return contentType.includes("json")
        ? JSON.stringify(garbageValue(g))
        : query(g).slice(1) || "a=1";
    default:
      return JSON.stringify(
        Object.fromEntries(
          Array.from({ length: g(fc.nat, { max: 4 }) }, () => [
            pick(g, FORM_KEYS),
            garbageValue(g),
          ]),
        ),
      );
  }
}

/** The UTF-8 bytes of a text as a header value can carry them, without control characters. */
const headerValue = (text: string) =>
  Buffer.from(text, "utf8")
    .toString("latin1")
    .split("")
    .filter((c) => c >= " " && c !== "\x7f")
    .join("");

/** A request to one of the routes: any method, odd headers, a body of any shape. */
export function fuzzHttpRequests(
  world: string[],
  auths: Array<Record<string, string>>,
): fc.Arbitrary<FuzzHttpRequest> {
  return fc.gen().map((g) => {
    const route = pick(g, ROUTES);
    const path = route.replace(":x", segment(g, world)) + query(g);
    const method = pick(g, METHODS);
    const contentType = pick(g, CONTENT_TYPES);
    const headers: Record<string, string> = { ...pick(g, auths) };
    if (contentType) headers["content-type"] = contentType;
    if (g(fc.nat, { max: 4 }) === 0) headers.cookie = headerValue(`session=${segment(g, world)}`);
    if (g(fc.nat, { max: 4 }) === 0)
      headers.authorization = headerValue(`Bearer ${segment(g, world)}`);
    if (g(fc.nat, { max: 4 }) === 0) headers["sec-fetch-dest"] = pick(g, ["iframe", "document"]);
    if (g(fc.nat, { max: 4 }) === 0) headers["apollo-require-preflight"] = "1";
    if (g(fc.nat, { max: 5 }) === 0) headers.accept = pick(g, ["text/html", "*/*", "text/csv"]);
    const sent = method === "GET" || method === "HEAD" ? undefined : body(g, contentType);
    return { method, path, headers, body: sent };
  });
}
