import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/src/config.js";

describe("loadConfig", () => {
  it("defaults to port 4000, every interface, and embedded data in ./data", () => {
    expect(loadConfig({})).toEqual({ port: 4000, host: undefined, databaseUrl: undefined, dataDir: path.resolve("data"), production: false, sessionIdleSeconds: 14 * 24 * 3600 });
  });

  it("lists every problem at once", () => {
    expect(() => loadConfig({ PORT: "http", DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "70000", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
