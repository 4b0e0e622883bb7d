import zlib from "node:zlib";
import type { Request, Response } from "express";

const HOW_TO = `# The API is public: documents and lessons need no token.
#
# To act as a student or a teacher, get a token from one of these mutations:
#   mutation { startGuestSession(displayName: "Me") { token } }
#   mutation { signInWithCode(signInCode: "ABCDE-23456") { token } }
#   mutation { logIn(email: "you@school.org", password: "…") { token } }
# then open "Headers" below and add:  { "Authorization": "Bearer <token>" }
# (Signed in to the site in this browser? Your session cookie works here too.)

query Lessons {
  lessons { slug title estimatedMinutes skills }
  document(slug: "puzanov-kim-il-sung-1957-11-13") {
    title
    paragraph(number: 9) { text notes { kind quote explanation } }
  }
}
`;

let page: { html: Buffer; gzip: Buffer } | undefined;

/** The offline GraphiQL page (bundled, no CDN), rendered once and kept gzipped. */
async function graphiqlPage(): Promise<{ html: Buffer; gzip: Buffer }> {
  if (!page) {
    const { renderGraphiQL } = await import("@graphql-yoga/render-graphiql");
    const html = Buffer.from(renderGraphiQL({ endpoint: "/graphql", title: "Puzanov's record — GraphQL API", defaultQuery: HOW_TO }));
    page = { html, gzip: zlib.gzipSync(html, { level: 9 }) };
  }
  return page;
}

export async function graphiqlHandler(req: Request, res: Response): Promise<void> {
  const { html, gzip } = await graphiqlPage();
  res.set("content-type", "text/html; charset=utf-8");
  res.set("cache-control", "public, max-age=3600");
  res.vary("Accept-Encoding");
  if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    res.set("content-encoding", "gzip").send(gzip);
  } else {
    res.send(html);
  }
}
