import fs from "node:fs";
import path from "node:path";
import type { NextFunction, Request, Response } from "express";
import { FIRST_PAGE_ELEMENT_ID } from "./first-page-data.js";
import {
  chooseEncoding,
  encodeVariantNow,
  encodeVariants,
  notModified,
  type Variants,
} from "./response-encodings.js";
import { tokenFromRequest } from "./session-cookie.js";

/** Vite's build manifest: each source's chunk, the chunks it imports, and its CSS. */
type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/** The page component each public route loads lazily (client/src/router/index.ts). */
const ROUTE_PAGES: Array<[RegExp, string]> = [
  [/^\/documents\/[^/]+\/?$/, "src/pages/ReaderPage.vue"],
  [/^\/lessons\/[^/]+\/?$/, "src/pages/LessonPage.vue"],
  [/^\/assignments\/[^/]+\/?$/, "src/pages/LessonPage.vue"],
  [/^\/join(?:\/[^/]*)?\/?$/, "src/pages/JoinPage.vue"],
  [/^\/signin\/?$/, "src/pages/SignInPage.vue"],
];

/** The code of a lesson's question and exercise steps (client/src/router/lesson-steps.ts). */
const STEP_KINDS = ["src/router/lesson-step-components.ts"];
const LESSON_PAGE = "src/pages/LessonPage.vue";
/** A lesson opened on a later step shows a question at once: its code is preloaded too. */
const opensPastFirstStep = (req: Request) => Number.parseInt(String(req.query.step ?? "1"), 10) > 1;

/** The files a manifest entry needs beyond the entry page's own: its chunk, the chunks it imports, their CSS. */
function filesOf(manifest: Manifest, key: string, loaded: Set<string>) {
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (!chunk || loaded.has(chunk.file) || scripts.includes(chunk.file)) return;
    scripts.push(chunk.file);
    styles.push(...(chunk.css ?? []));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(key);
  return { scripts, styles };
}

/** What the HTML tells the page's first paint: whether the visitor has no session, and its first read. */
export type FirstPage = (pathname: string) => Promise<string | null>;
/** A visitor's own first reads for the page, with their session (first-page-personal.ts). */
export type PersonalReads = (req: Request, res: Response) => Promise<string[]>;

const MAX_ENCODED = 400;
/**
 * What a server may send before the first acknowledgement (TCP's initial window: ten segments of
 * 1,460 bytes), less room for the headers: a page that fits arrives in one round trip.
 */
const FIRST_WINDOW_BYTES = 14_000;

/**
 * The client's index.html for each path, with the lazily loaded page of the path's route
 * preloaded in its head (otherwise the browser learns of it only after the entry script ran: a
 * round trip more before the page shows), and what the first paint would otherwise ask for: the
 * route's first public read (firstPageData) and, for a visitor without a session cookie, that
 * there is no session. Sent compressed, with a strong ETag. Without a build manifest the page is
 * served as built.
 */
export function clientPages(
  clientDir: string,
  firstRead: FirstPage = async () => null,
  personalReads: PersonalReads = async () => [],
) {
  const indexFile = path.join(clientDir, "index.html");
  if (!fs.existsSync(indexFile))
    return (_req: Request, _res: Response, next: NextFunction) => next();
  const index = fs.readFileSync(indexFile, "utf8");
  const manifestFile = path.join(clientDir, ".vite", "manifest.json");
  const manifest: Manifest = fs.existsSync(manifestFile)
    ? JSON.parse(fs.readFileSync(manifestFile, "utf8"))
    : {};
  const entry = manifest["index.html"];
  const loaded = new Set(entry ? filesOf(manifest, "index.html", new Set()).scripts : []);
  /** Each route's page, with its stylesheet as a file of its own or in its head. */
  const pages = new Map<string, { linked: string; inline: string }>();
  const shell = (linked: string) => ({ linked, inline: withInlineStyles(clientDir, linked) });
  const withPreloads = (keys: string[]) => {
    const seen = new Set(loaded);
    const links = keys.flatMap((key) => {
      const { scripts, styles } = filesOf(manifest, key, seen);
      scripts.forEach((file) => seen.add(file));
      return [
        ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
        ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
      ];
    });
    return index.replace("</head>", `  ${links.join("\n    ")}\n  </head>`);
  };
  for (const [, page] of ROUTE_PAGES)
    if (!pages.has(page) && manifest[page]) pages.set(page, shell(withPreloads([page])));
  if (manifest[LESSON_PAGE])
    pages.set(`${LESSON_PAGE}+steps`, shell(withPreloads([LESSON_PAGE, ...STEP_KINDS])));
  const indexShell = shell(index);
  const encoded = new Map<string, Promise<Variants>>();
  const variantsOf = (html: string) => {
    let variants = encoded.get(html);
    if (!variants) {
      if (encoded.size >= MAX_ENCODED) encoded.delete(encoded.keys().next().value!);
      variants = encodeVariants(Buffer.from(html));
      encoded.set(html, variants);
    }
    return variants;
  };
  return (req: Request, res: Response, next: NextFunction) => {
    let page = ROUTE_PAGES.find(([pattern]) => pattern.test(req.path))?.[1];
    if (page === LESSON_PAGE && opensPastFirstStep(req)) page = `${LESSON_PAGE}+steps`;
    const anonymous = tokenFromRequest(req) === null;
    Promise.all([
      firstRead(req.path).catch(() => null),
      anonymous ? [] : personalReads(req, res).catch(() => []),
    ])
      .then(async ([read, personal]) => {
        const { linked, inline } = pages.get(page ?? "") ?? indexShell;
        const withData = (html: string) => withFirstPage(html, anonymous, read, personal);
        const encoding = chooseEncoding(req.headers["accept-encoding"]);
        // A page carrying a visitor's own reads is theirs alone: made for them, kept by no one.
        const encode = async (html: string) =>
          personal.length > 0
            ? encodeVariantNow(Buffer.from(html), encoding)
            : (await variantsOf(html))[encoding];
        // The stylesheet goes in the head while the page still fits TCP's first window.
        const small = await encode(withData(inline));
        const variant =
          small.body.length <= FIRST_WINDOW_BYTES ? small : await encode(withData(linked));
        // Revalidated on every visit, yet kept for the back/forward cache (no `no-store`).
        res.set({
          "cache-control": personal.length > 0 ? "private, no-cache" : "no-cache",
          vary: "Accept-Encoding, Cookie",
          etag: variant.etag,
        });
        if (notModified(req.headers["if-none-match"], variant.etag))
          return void res.status(304).end();
        res.type("html").set("content-length", String(variant.body.length));
        if (variant.encoding !== "identity") res.set("content-encoding", variant.encoding);
        res.end(req.method === "HEAD" ? undefined : variant.body);
      })
      .catch(next);
  };
}

/**
 * The page with the entry's stylesheet in its head: on a phone's network a separate file costs a
 * request that the page's scripts compete with for the browser's six connections to the server.
 */
function withInlineStyles(clientDir: string, html: string): string {
  return html.replace(
    /<link rel="stylesheet" crossorigin href="\/(assets\/[\w.-]+\.css)">/g,
    (link, file: string) => {
      const css = path.join(clientDir, file);
      if (!fs.existsSync(css)) return link;
      return `<style>${fs.readFileSync(css, "utf8").replace(/<\/style/gi, "<\\/style")}</style>`;
    },
  );
}

/** The page with its first-paint data as JSON the page reads (never runs): `<` escaped. */
function withFirstPage(
  html: string,
  anonymous: boolean,
  read: string | null,
  personal: string[],
): string {
  if (!anonymous && read === null && personal.length === 0) return html;
  const json =
    `{"anonymous":${anonymous},"read":${read ?? "null"},"personal":[${personal.join(",")}]}`.replace(
      /</g,
      "\\u003c",
    );
  return html.replace(
    "</body>",
    `  <script type="application/json" id="${FIRST_PAGE_ELEMENT_ID}">${json}</script>\n  </body>`,
  );
}
