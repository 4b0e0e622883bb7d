import type { Request, Response } from "express";

export const SESSION_COOKIE = "session";

/** The session token a request carries: a bearer token first, else the session cookie. */
export function tokenFromRequest(req: Request): string | null {
  const auth = req.headers.authorization;
  if (auth) {
    const match = /^Bearer\s+(\S+)$/i.exec(auth.trim());
    return match ? match[1]! : null;
  }
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decoded(value.join("="));
  }
  return null;
}

/** The request's cookies by name; one whose value has a broken escape is left out. */
export function cookiesOf(req: Request): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    const text = decoded(value.join("="));
    if (name && text !== null) cookies[name] = text;
  }
  return cookies;
}

/** A cookie value with a broken escape ("%ZZ") is no session, not a server error. */
function decoded(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Sets the httpOnly session cookie the browser client relies on (it never sees the token). */
export function setSessionCookie(
  req: Request,
  res: Response,
  token: string,
  maxAgeSeconds: number,
): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: req.secure,
    path: "/",
    maxAge: maxAgeSeconds * 1000,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    secure: req.secure,
    path: "/",
  });
}
