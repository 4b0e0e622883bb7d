import fs from "node:fs";
import path from "node:path";
import type { NextFunction, Request, Response } from "express";

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

/**
 * The client's index.html for each path, with the lazily loaded page of the path's route
 * preloaded in its head (otherwise the browser learns of it only after the entry script ran: a
 * round trip more before the page shows). Without a build manifest the page is served as built.
 */
export function clientPages(clientDir: string) {
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
  const pages = new Map<string, string>();
  for (const [, page] of ROUTE_PAGES) {
    if (pages.has(page) || !manifest[page]) continue;
    const { scripts, styles } = filesOf(manifest, page, loaded);
    const links = [
      ...scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
      ...styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
    ];
    pages.set(page, index.replace("</head>", `  ${links.join("\n    ")}\n  </head>`));
  }
  return (req: Request, res: Response) => {
    const page = ROUTE_PAGES.find(([pattern]) => pattern.test(req.path))?.[1];
    // Revalidated on every visit, yet kept for the back/forward cache (no `no-store`).
    res
      .set("cache-control", "no-cache")
      .type("html")
      .send(pages.get(page ?? "") ?? index);
  };
}
