import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { liveServer } from "../../../support/live-world.js";

/** Opens a socket to the live endpoint as a client the proxy forwards for; "open", or the refusal's status. */
function openAs(url: string, forwardedFor: string) {
  const socket = new WebSocket(`${url.replace("http", "ws")}/graphql`, "graphql-transport-ws", {
    headers: { "x-forwarded-for": forwardedFor },
  });
  const outcome = new Promise<string>((resolve) => {
    socket.on("open", () => resolve("open"));
    socket.on("unexpected-response", (_req, res) => resolve(String(res.statusCode)));
    socket.on("error", () => resolve("error"));
  });
  return { socket, outcome };
}

// Behind the school's reverse proxy every socket comes from the proxy: the limit on open sockets
// counts the client the proxy names, as the HTTP rate limits do (TRUST_PROXY).
describe("live sockets behind a trusted proxy", () => {
  const behindProxy = liveServer(
    "pglite",
    { connectionsPerAddress: 2 },
    { trustProxy: "loopback" },
  );
  const direct = liveServer("pglite", { connectionsPerAddress: 2 });

  it("count open sockets per forwarded client address, not per proxy", async () => {
    const url = behindProxy.server.url;
    const sockets = [
      openAs(url, "203.0.113.1"),
      openAs(url, "203.0.113.1"),
      openAs(url, "203.0.113.2"),
      openAs(url, "203.0.113.2"),
    ];
    expect(await Promise.all(sockets.map((s) => s.outcome))).toEqual([
      "open",
      "open",
      "open",
      "open",
    ]);
    const third = openAs(url, "203.0.113.1");
    expect(await third.outcome).toBe("429");
    for (const { socket } of [...sockets, third]) socket.terminate();
  });

  it("ignore a forwarded address where no proxy is trusted: a client cannot claim more room", async () => {
    const url = direct.server.url;
    const sockets = ["198.51.100.1", "198.51.100.2", "198.51.100.3"].map((a) => openAs(url, a));
    const outcomes = await Promise.all(sockets.map((s) => s.outcome));
    expect(outcomes.filter((o) => o === "open")).toHaveLength(2);
    expect(outcomes).toContain("429");
    for (const { socket } of sockets) socket.terminate();
  });
});
