import http from "node:http";
import type { AddressInfo } from "node:net";
import {
  createRemoteJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  jwtVerify,
  SignJWT,
} from "jose";

type PrivateKey = Awaited<ReturnType<typeof generateKeyPair>>["privateKey"];

export const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
export const LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

/** Who launches, from where, into which link; every field the simulator signs by default. */
export interface LaunchSpec {
  sub: string;
  roles: string[];
  name?: string;
  givenName?: string;
  familyName?: string;
  context: { id: string; title?: string };
  resourceLinkId: string;
  /** Path on the tool, e.g. /lessons/<slug>. */
  targetPath: string;
  custom?: Record<string, string>;
  /** Changes to the id_token's claims after the defaults (undefined deletes a claim). */
  claims?: Record<string, unknown>;
  /** "foreign": signed by a key the platform does not publish under a published kid; "unknown-kid": under a kid it does not publish. */
  key?: "foreign" | "unknown-kid";
}

/** A request the simulator received on a route a service added, with its body read. */
export interface PlatformRequest {
  method: string;
  url: URL;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A service endpoint of the simulator (AGS, NRPS, registration…), added by `platform.route`. */
export type PlatformRoute = (
  request: PlatformRequest,
  res: http.ServerResponse,
) => void | Promise<void>;

/** What the tool answered a launch: status, redirect, session cookie and page. */
export interface LaunchReply {
  status: number;
  location: string | null;
  cookie: string | null;
  body: string;
  /** The form the platform posted (to replay it). */
  form: { id_token: string; state: string };
}

/**
 * An LTI 1.3 platform on a real HTTP server on 127.0.0.1: its own RSA keys (JWKS at
 * /jwks), an authorization endpoint that answers the tool's login redirect with an auto-post
 * form carrying an id_token it signs, and a record of everything it received.
 */
export async function startPlatformSimulator(
  options: { clientId?: string; deploymentId?: string } = {},
) {
  const keys = await generateKeyPair("RS256", { extractable: true });
  const foreign = await generateKeyPair("RS256", { extractable: true });
  const kid = "platform-key-1";
  const publicJwk = { ...(await exportJWK(keys.publicKey)), kid, alg: "RS256", use: "sig" };
  const received = {
    authRequests: [] as URLSearchParams[],
    jwksRequests: 0,
    /** Client-credentials grants the token endpoint accepted or refused, with their scopes. */
    tokenRequests: [] as Array<{ scope: string; granted: boolean }>,
  };
  const routes = new Map<string, PlatformRoute>();
  const tokens = new Map<string, string[]>();
  let tokenFailures = 0;
  let toolKeySet: ReturnType<typeof createRemoteJWKSet> | null = null;
  let pending: LaunchSpec | null = null;
  let issuer = "";
  const clientId = options.clientId ?? "tool-client-1";
  const deploymentId = options.deploymentId ?? "deployment-1";

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", issuer);
    if (url.pathname === "/jwks") {
      received.jwksRequests++;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ keys: [publicJwk] }));
      return;
    }
    if (url.pathname === "/auth") {
      received.authRequests.push(url.searchParams);
      const spec = pending;
      if (!spec) {
        res.writeHead(400).end("no launch pending");
        return;
      }
      void idToken(spec, url.searchParams).then((token) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end(
          `<form method="post" action="${url.searchParams.get("redirect_uri")}">` +
            `<input type="hidden" name="id_token" value="${token}">` +
            `<input type="hidden" name="state" value="${url.searchParams.get("state")}"></form>` +
            `<script>document.forms[0].submit()</script>`,
        );
      });
      return;
    }
    const route = routes.get(url.pathname);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = {
        method: req.method ?? "GET",
        url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      Promise.resolve(route(request, res)).catch((error: Error) => {
        if (!res.headersSent) res.writeHead(500);
        res.end(error.message);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function idToken(spec: LaunchSpec, auth: URLSearchParams): Promise<string> {
    const target = new URL(spec.targetPath, auth.get("redirect_uri")!).href;
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      iss: issuer,
      aud: auth.get("client_id"),
      sub: spec.sub,
      iat: now,
      exp: now + 300,
      nonce: auth.get("nonce"),
      name: spec.name,
      given_name: spec.givenName,
      family_name: spec.familyName,
      [`${LTI}message_type`]: "LtiResourceLinkRequest",
      [`${LTI}version`]: "1.3.0",
      [`${LTI}deployment_id`]: deploymentId,
      [`${LTI}target_link_uri`]: target,
      [`${LTI}roles`]: spec.roles,
      [`${LTI}context`]: { id: spec.context.id, title: spec.context.title },
      [`${LTI}resource_link`]: { id: spec.resourceLinkId },
      [`${LTI}custom`]: spec.custom,
    };
    for (const [name, value] of Object.entries(spec.claims ?? {})) {
      if (value === undefined) delete claims[name];
      else claims[name] = value;
    }
    const signer: PrivateKey = spec.key ? foreign.privateKey : keys.privateKey;
    const headerKid = spec.key === "unknown-kid" ? "not-published" : kid;
    return new SignJWT(claims as JWTPayload)
      .setProtectedHeader({ alg: "RS256", kid: headerKid, typ: "JWT" })
      .sign(signer);
  }

  /**
   * The token endpoint (client-credentials grant with a JWT assertion, as the 1EdTech Security
   * Framework specifies): it verifies the assertion against the tool's JWKS and grants the scopes
   * asked for.
   */
  routes.set("/token", async (request, res) => {
    const form = new URLSearchParams(request.body);
    const scope = form.get("scope") ?? "";
    const refuse = (status: number, error: string) => {
      received.tokenRequests.push({ scope, granted: false });
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ error }));
    };
    if (tokenFailures > 0) {
      tokenFailures--;
      return refuse(503, "temporarily_unavailable");
    }
    if (
      form.get("grant_type") !== "client_credentials" ||
      form.get("client_assertion_type") !==
        "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" ||
      !toolKeySet
    )
      return refuse(400, "invalid_request");
    try {
      await jwtVerify(form.get("client_assertion") ?? "", toolKeySet, {
        issuer: clientId,
        subject: clientId,
        audience: `${issuer}/token`,
      });
    } catch {
      return refuse(401, "invalid_client");
    }
    const token = `access-${tokens.size + 1}`;
    tokens.set(token, scope.split(" ").filter(Boolean));
    received.tokenRequests.push({ scope, granted: true });
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ access_token: token, token_type: "Bearer", expires_in: 3600, scope }));
  });

  const platform = {
    issuer,
    clientId,
    deploymentId,
    authUrl: `${issuer}/auth`,
    tokenUrl: `${issuer}/token`,
    jwksUrl: `${issuer}/jwks`,
    received,
    /** The launch the auth endpoint answers next (a browser starting the login itself). */
    willLaunch(spec: LaunchSpec) {
      pending = spec;
    },
    /** The tool's answer to a login initiation (a redirect to /auth, or a refusal page). */
    async initiateLogin(toolUrl: string, spec: LaunchSpec, extra: Record<string, string> = {}) {
      pending = spec;
      return fetch(`${toolUrl}/lti/login`, {
        method: "POST",
        redirect: "manual",
        body: new URLSearchParams({
          iss: issuer,
          login_hint: spec.sub,
          target_link_uri: new URL(spec.targetPath, toolUrl).href,
          lti_message_hint: `hint-${spec.resourceLinkId}`,
          client_id: clientId,
          lti_deployment_id: deploymentId,
          ...extra,
        }),
      });
    },
    /** Login and the platform's auth answer, as a browser would carry them: the form to post. */
    async authorize(
      toolUrl: string,
      spec: LaunchSpec,
    ): Promise<{ id_token: string; state: string }> {
      const login = await platform.initiateLogin(toolUrl, spec);
      if (login.status !== 302)
        throw new Error(`login answered ${login.status}: ${await login.text()}`);
      const page = await (await fetch(login.headers.get("location")!)).text();
      const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(page)![1]!;
      return { id_token: field("id_token"), state: field("state") };
    },
    /** A whole launch: login, the platform's answer, the form post (to `launchUrl`, by default the same server). */
    async launch(toolUrl: string, spec: LaunchSpec, launchUrl = toolUrl): Promise<LaunchReply> {
      return platform.post(launchUrl, await platform.authorize(toolUrl, spec));
    },
    /** Posts a launch form to the tool. */
    async post(toolUrl: string, form: { id_token: string; state: string }): Promise<LaunchReply> {
      const response = await fetch(`${toolUrl}/lti/launch`, {
        method: "POST",
        redirect: "manual",
        body: new URLSearchParams(form),
      });
      const setCookie = response.headers.get("set-cookie");
      return {
        status: response.status,
        location: response.headers.get("location"),
        cookie: setCookie ? setCookie.split(";")[0]! : null,
        body: await response.text(),
        form,
      };
    },
    /** Adds a service endpoint at this path of the platform. */
    route(path: string, handler: PlatformRoute) {
      routes.set(path, handler);
    },
    /** The tool whose JWKS the token endpoint checks client assertions against. */
    trustTool(toolUrl: string) {
      toolKeySet = createRemoteJWKSet(new URL(`${toolUrl}/lti/jwks`));
    },
    /** The token endpoint answers 503 to the next `count` grants. */
    failTokenRequests(count: number) {
      tokenFailures = count;
    },
    /** Whether a request carries a bearer token this platform granted with the scope. */
    authorized(request: PlatformRequest, scope: string): boolean {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
      return token !== undefined && (tokens.get(token) ?? []).includes(scope);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return platform;
}

export type PlatformSimulator = Awaited<ReturnType<typeof startPlatformSimulator>>;
