// Launches inside an LMS's iframe, where the browser blocks this site's cookies: the launch's
// one-time code is exchanged for a session token, kept in sessionStorage (this tab, this frame)
// and sent as a bearer token. A stated exception to the client keeping no token: only in a frame.
import { ApiError } from "./client.js";

export { forgetFrameToken, frameToken, inFrame, keepFrameToken } from "./frame-token.js";

/** What a launch code is exchanged for: the token and the page the launch opens. */
export interface LaunchHandoff {
  token: string;
  to: string;
  role: "TEACHER" | "STUDENT";
}

/** Exchanges a launch's one-time code (POST /lti/session). Throws ApiError. */
export async function redeemLaunchCode(code: string): Promise<LaunchHandoff> {
  let response: Response;
  try {
    response = await fetch("/lti/session", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ code }),
    });
  } catch {
    throw new ApiError("You seem to be offline. Check your connection.", "NETWORK");
  }
  const body = (await response.json().catch(() => ({}))) as Partial<LaunchHandoff> & {
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  if (!response.ok || !body.token || !body.to) {
    const error = body.errors?.[0];
    throw new ApiError(
      error?.message ?? "This launch could not sign you in. Open the link from your course again.",
      error?.extensions?.code ?? "INTERNAL_SERVER_ERROR",
    );
  }
  return body as LaunchHandoff;
}
