import type http from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddressOf } from "../../../server/src/http/client-address.js";

/** An upgrade request from `peer` carrying `X-Forwarded-For: forwardedFor`. */
const upgrade = (peer: string, forwardedFor?: string) =>
  ({
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    socket: { remoteAddress: peer },
  }) as unknown as http.IncomingMessage;

describe("the client address of a request Express never sees", () => {
  it("is the socket's peer when no proxy is trusted, whatever the request claims", () => {
    expect(clientAddressOf(false)(upgrade("127.0.0.1", "203.0.113.7"))).toBe("127.0.0.1");
  });

  it("is the address the trusted proxies forwarded, by name, subnet or hop count", () => {
    expect(clientAddressOf("loopback")(upgrade("127.0.0.1", "203.0.113.7"))).toBe("203.0.113.7");
    expect(
      clientAddressOf("10.0.0.0/8, loopback")(upgrade("127.0.0.1", "203.0.113.7, 10.1.2.3")),
    ).toBe("203.0.113.7");
    expect(clientAddressOf(1)(upgrade("127.0.0.1", "198.51.100.1, 203.0.113.7"))).toBe(
      "203.0.113.7",
    );
  });

  it("stops at the first address it does not trust: a client cannot forge its way past the proxy", () => {
    expect(clientAddressOf("loopback")(upgrade("192.0.2.10", "203.0.113.7"))).toBe("192.0.2.10");
    expect(clientAddressOf("loopback")(upgrade("127.0.0.1", "203.0.113.7, 192.0.2.10"))).toBe(
      "192.0.2.10",
    );
  });
});
