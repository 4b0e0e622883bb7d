import path from "node:path";

export interface Config {
  port: number;
  /** Undefined: listen on every interface (IPv4 and IPv6). */
  host: string | undefined;
  /** Set: a real PostgreSQL. Unset: embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** NODE_ENV=development: GraphQL errors may suggest field names. */
  development: boolean;
  /** A session not used for this long ends. */
  sessionIdleSeconds: number;
  teacherSignup: TeacherSignup;
  /** Origins allowed to call the API from their own pages; empty: same-origin only. */
  corsOrigins: string[];
  /** Express's "trust proxy": behind a reverse proxy, rate limits then count the client's address, not the proxy's. */
  trustProxy: string | number | false;
  /** The IANA time zone of the times in the results CSV; the server's own by default. */
  csvTimeZone: string;
  /** The server's public address (LTI: the tool's own URLs); unset: taken from each request. */
  publicUrl: string | undefined;
  /** Who may register an LMS by LTI Dynamic Registration without a single-use URL: anyone ("open") or no one. */
  ltiRegistration: "open" | "closed";
  /** Origins besides the registered platforms' that may frame the pages a launch leads to. */
  ltiFrameOrigins: string[];
  /** Student data kept no longer than needed (the retention sweep). */
  retention: RetentionConfig;
}

export interface RetentionConfig {
  /** A guest account unused this long is deleted with its practice work. */
  guestRetentionDays: number;
  /** A class archived this long is deleted with its assignments and work. */
  classRetentionDays: number;
  /** How often each server runs the sweep (one server at a time does the work). */
  sweepMinutes: number;
}

/** Who may sign up as a teacher: anyone (a school's own server), no one, or these email domains. */
export type TeacherSignup =
  { mode: "open" } | { mode: "closed" } | { mode: "domains"; domains: string[] };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads the whole configuration from the environment once, listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const port = parsePort(env.PORT, problems);
  const idleMinutes = parsePositive(
    "SESSION_IDLE_MINUTES",
    env.SESSION_IDLE_MINUTES,
    14 * 24 * 60,
    problems,
  );
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push("DATABASE_URL must start with postgres:// or postgresql://");
  }
  const teacherSignup = parseTeacherSignup(env.TEACHER_SIGNUP, env.TEACHER_EMAIL_DOMAINS, problems);
  const corsOrigins = parseOrigins(env.CORS_ORIGINS, problems);
  const csvTimeZone = parseTimeZone(env.CSV_TIME_ZONE, problems);
  const publicUrl = parsePublicUrl(env.PUBLIC_URL, problems);
  const ltiRegistration = parseLtiRegistration(env.LTI_REGISTRATION, problems);
  const ltiFrameOrigins = parseOrigins(env.LTI_FRAME_ORIGINS, problems, "LTI_FRAME_ORIGINS");
  const retention = {
    guestRetentionDays: parsePositive(
      "GUEST_RETENTION_DAYS",
      env.GUEST_RETENTION_DAYS,
      30,
      problems,
    ),
    classRetentionDays: parsePositive(
      "CLASS_RETENTION_DAYS",
      env.CLASS_RETENTION_DAYS,
      365,
      problems,
    ),
    sweepMinutes: parsePositive(
      "RETENTION_SWEEP_MINUTES",
      env.RETENTION_SWEEP_MINUTES,
      60,
      problems,
    ),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: env.HOST?.trim() || undefined,
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR?.trim() || "data"),
    production: env.NODE_ENV === "production",
    development: env.NODE_ENV === "development",
    sessionIdleSeconds: idleMinutes * 60,
    teacherSignup,
    corsOrigins,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    csvTimeZone,
    publicUrl,
    ltiRegistration,
    ltiFrameOrigins,
    retention,
  };
}

function parseLtiRegistration(raw: string | undefined, problems: string[]): "open" | "closed" {
  const value = raw?.trim().toLowerCase() || "closed";
  if (value === "open" || value === "closed") return value;
  problems.push(`LTI_REGISTRATION must be open or closed, got "${raw}"`);
  return "closed";
}

function parsePublicUrl(raw: string | undefined, problems: string[]): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  try {
    const url = new URL(value);
    if ((url.protocol === "https:" || url.protocol === "http:") && url.pathname === "/")
      return url.origin;
  } catch {
    // reported below
  }
  problems.push(
    `PUBLIC_URL must be the server's origin, such as https://lessons.school.org, got "${raw}"`,
  );
  return undefined;
}

function parseTimeZone(raw: string | undefined, problems: string[]): string {
  const serverZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zone = raw?.trim();
  if (!zone) return serverZone;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    problems.push(
      `CSV_TIME_ZONE must be an IANA time zone such as Europe/Berlin, America/New_York or UTC, got "${raw}"`,
    );
    return serverZone;
  }
}

function parsePort(raw: string | undefined, problems: string[]): number {
  if (raw === undefined || raw.trim() === "") return 4000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`PORT must be a whole number from 0 to 65535, got "${raw}"`);
    return 4000;
  }
  return port;
}

function parsePositive(
  name: string,
  raw: string | undefined,
  fallback: number,
  problems: string[],
): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a whole number of at least 1, got "${raw}"`);
    return fallback;
  }
  return value;
}

function parseTeacherSignup(
  mode: string | undefined,
  domainList: string | undefined,
  problems: string[],
): TeacherSignup {
  const domains = (domainList ?? "")
    .split(",")
    .map((d) => d.trim().toLowerCase().replace(/^@/, ""))
    .filter(Boolean);
  const chosen = mode?.trim().toLowerCase() || (domains.length > 0 ? "domains" : "open");
  if (chosen === "open") return { mode: "open" };
  if (chosen === "closed") return { mode: "closed" };
  if (chosen === "domains") {
    if (domains.length === 0)
      problems.push(
        "TEACHER_SIGNUP=domains needs TEACHER_EMAIL_DOMAINS (comma-separated, e.g. school.org)",
      );
    return { mode: "domains", domains };
  }
  problems.push(`TEACHER_SIGNUP must be open, closed or domains, got "${mode}"`);
  return { mode: "open" };
}

function parseOrigins(
  raw: string | undefined,
  problems: string[],
  variable = "CORS_ORIGINS",
): string[] {
  const origins = (raw ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s;,']+$/.test(origin) || !URL.canParse(origin))
      problems.push(`${variable}: "${origin}" is not an origin like https://example.org`);
  }
  return origins;
}

function parseTrustProxy(raw: string | undefined): string | number | false {
  const value = raw?.trim();
  if (!value || value === "false") return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}
