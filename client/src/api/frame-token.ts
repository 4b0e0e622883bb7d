// The session token of a launch inside an LMS's iframe (see lti.ts): sessionStorage, frames only.

const KEY = "lms-session";

/** Whether this page runs inside another site's frame (an LMS). */
export function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

function storage(): Storage | null {
  try {
    return typeof sessionStorage === "undefined" ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The session token of a launch in this frame, or null (outside a frame: always null). */
export function frameToken(): string | null {
  return inFrame() ? (storage()?.getItem(KEY) ?? null) : null;
}

/** Keeps a launch's token for this frame only; outside a frame the cookie carries the session. */
export function keepFrameToken(token: string): void {
  if (inFrame()) storage()?.setItem(KEY, token);
}

export function forgetFrameToken(): void {
  storage()?.removeItem(KEY);
}
