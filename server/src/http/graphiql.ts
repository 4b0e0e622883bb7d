import zlib from "node:zlib";
import type { Request, Response } from "express";

const HOW_TO = `# The API is public: documents and lessons
# need no token. To act as a student or a
# teacher, get a token from a mutation:
#
#   mutation { startGuestSession(displayName: "Me") { token } }
#   mutation { signInWithCode(signInCode: "…") { token } }
#   mutation { logIn(email: "…", password: "…") { token } }
#
# then open "Headers" below and add
#   { "Authorization": "Bearer <token>" }
# (Signed in to the site in this browser?
# Your session cookie works here too.)

query Lessons {
  lessons { slug title estimatedMinutes skills }
  document(slug: "puzanov-kim-il-sung-1957-11-13") {
    title
    paragraph(number: 9) {
      text
      notes { kind quote explanation }
    }
  }
}
`;

// GraphiQL's stock theme misses WCAG AA in a few places; these overrides and a small fix-up keep
// the page free of serious axe findings: darker greys, and its session tabs (an <li role="tab">
// around a <button>, nested controls) left to their buttons.
const ACCESSIBILITY_FIXES = `
<style>
  .graphiql-logo, .graphiql-logo span { color: #1d1c1a !important; }
  .monaco-editor .line-numbers, .monaco-editor .dimmed-line-number { color: #595959 !important; }
  .monaco-editor .mtk8, .monaco-editor .mtk9, .monaco-editor .mtk10 { color: #4d5560 !important; }
</style>
<script>
  new MutationObserver(function () {
    document.querySelectorAll("li[role=tab]").forEach(function (li) {
      li.setAttribute("role", "presentation");
      li.removeAttribute("aria-selected");
    });
    document.querySelectorAll("ul[role=tablist]").forEach(function (list) {
      list.setAttribute("role", "presentation");
    });
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["role"] });
</script>`;

let page: { html: Buffer; gzip: Buffer } | undefined;

/** The offline GraphiQL page (bundled, no CDN), rendered once and kept gzipped. */
async function graphiqlPage(): Promise<{ html: Buffer; gzip: Buffer }> {
  if (!page) {
    const { renderGraphiQL } = await import("@graphql-yoga/render-graphiql");
    const rendered = renderGraphiQL({
      endpoint: "/graphql",
      title: "Puzanov's record — GraphQL API",
      defaultQuery: HOW_TO,
    });
    const html = Buffer.from(rendered.replace("</head>", `${ACCESSIBILITY_FIXES}</head>`));
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
