import type http from "node:http";
import proxyaddr from "proxy-addr";

/** Express's "trust proxy" as the server is configured (core/config.ts, TRUST_PROXY). */
export type TrustProxy = string | number | false;

/**
 * The client's address of a request Express never sees (a WebSocket upgrade), read as Express's
 * `req.ip` reads it under the same "trust proxy" setting: hops to trust, or the proxies' addresses
 * and subnets (`loopback`, `10.0.0.0/8`, …); false trusts none and takes the socket's peer.
 */
export function clientAddressOf(trustProxy: TrustProxy) {
  const trust =
    typeof trustProxy === "number"
      ? (_address: string, hop: number) => hop < trustProxy
      : proxyaddr.compile(
          trustProxy === false
            ? []
            : trustProxy
                .split(",")
                .map((entry) => entry.trim())
                .filter(Boolean),
        );
  return (request: http.IncomingMessage): string => proxyaddr(request, trust) || "unknown";
}
