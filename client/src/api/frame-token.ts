// The session token of a launch inside an LMS's iframe (see lti.ts): sessionStorage, frames only.
// A browser that blocks third-party cookies may deny the frame its storage too (Chromium does):
// the token then lives in this page's memory, and a reload inside the frame needs a new launch.

const KEY = "lms-session";
let inMemory: string | null = null;

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
  if (!inFrame()) return null;
  try {
    return storage()?.getItem(KEY) ?? inMemory;
  } catch {
    return inMemory;
  }
}

/** Keeps a launch's token for this frame only; outside a frame the cookie carries the session. */
export function keepFrameToken(token: string): void {
  if (!inFrame()) return;
  inMemory = token;
  try {
    storage()?.setItem(KEY, token);
  } catch {
    // Storage denied: memory only.
  }
}

export function forgetFrameToken(): void {
  inMemory = null;
  try {
    storage()?.removeItem(KEY);
  } catch {
    // Nothing was stored.
  }
}
