import path from "node:path";

export interface Config {
  port: number;
  /** Undefined: listen on every interface (IPv4 and IPv6). */
  host: string | undefined;
  /** Set: a real PostgreSQL. Unset: embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** A session not used for this long ends. */
  sessionIdleSeconds: number;
}

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
  const idleMinutes = parsePositive("SESSION_IDLE_MINUTES", env.SESSION_IDLE_MINUTES, 14 * 24 * 60, problems);
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push("DATABASE_URL must start with postgres:// or postgresql://");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: env.HOST?.trim() || undefined,
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR?.trim() || "data"),
    production: env.NODE_ENV === "production",
    sessionIdleSeconds: idleMinutes * 60,
  };
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

function parsePositive(name: string, raw: string | undefined, fallback: number, problems: string[]): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    problems.push(`${name} must be a whole number of at least 1, got "${raw}"`);
    return fallback;
  }
  return value;
}
