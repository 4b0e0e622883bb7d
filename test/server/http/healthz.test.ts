import http from "node:http";
import type { AddressInfo } from "node:net";
import { openDatabase } from "../../../server/src/core/database.js";
import { describe, expect, it } from "vitest";
import { buildAppSchema } from "../../../server/src/app/schema.js";
import { createApp } from "../../../server/src/http/app.js";

describe("GET /healthz", () => {
  it("answers 503 while the database cannot be reached", async () => {
    const { pool, close } = await openDatabase({
      databaseUrl: "postgres://postgres@127.0.0.1:1/postgres",
      dataDir: "",
    });
    const { app, stop } = await createApp({
      schema: await buildAppSchema(),
      pool,
      clientDir: "/nonexistent",
    });
    const server = http.createServer(app).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const response = await fetch(
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`,
      );
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "unavailable" });
    } finally {
      server.close();
      await stop();
      await close();
    }
  });
});
