// Pure: no I/O. Reads the Assignment and Grade Services endpoint claim of a launch (AGS 2.0 §3.1).
import type { JWTPayload } from "jose";

export const AGS_ENDPOINT_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

/** Where the platform takes this link's scores: its line item, its line items and the scopes it grants. */
export interface AgsEndpoint {
  lineitem: string | null;
  lineitems: string | null;
  scopes: string[];
}

const serviceUrl = (value: unknown): string | null => {
  if (typeof value !== "string" || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
};

/**
 * The launch's AGS endpoint, or null when it has none (or names neither a line item nor a line
 * items URL): the platform then takes no scores from this link.
 */
export function readAgsEndpoint(payload: JWTPayload): AgsEndpoint | null {
  const claim = payload[AGS_ENDPOINT_CLAIM];
  if (!claim || typeof claim !== "object" || Array.isArray(claim)) return null;
  const { lineitem, lineitems, scope } = claim as Record<string, unknown>;
  const endpoint = {
    lineitem: serviceUrl(lineitem),
    lineitems: serviceUrl(lineitems),
    scopes: Array.isArray(scope)
      ? [...new Set(scope.filter((s): s is string => typeof s === "string"))]
      : [],
  };
  return endpoint.lineitem || endpoint.lineitems ? endpoint : null;
}

/** The score publish service of a line item: its URL with /scores after the path, query kept. */
export function scoresUrl(lineitem: string): string {
  const url = new URL(lineitem);
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/scores`;
  return url.href;
}
