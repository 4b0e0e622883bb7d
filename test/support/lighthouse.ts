import * as chromeLauncher from "chrome-launcher";
import type { Flags, Result } from "lighthouse";
import { navigationGather } from "lighthouse/core/gather/navigation-runner.js";
import { Runner } from "lighthouse/core/runner.js";
import { chromiumPath } from "./chromium.js";
import { cpuSlowdownFor } from "./lighthouse-calibration.js";

// Lighthouse 12's default run (mobile, simulated throttling) over the app's public routes: shared
// by the `lighthouse` test project and `npm run bench`.

/** A route Lighthouse loads, with the headers (a session cookie) its visitor sends. */
export interface LighthouseRoute {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

/** Per metric, the median of the runs: scores 0–100, LCP and TBT in ms, CLS unitless. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcp: number;
  cls: number;
  tbt: number;
  /** The audits of the runs that lost points, for a failure's message. */
  failing: string[];
  /** What kept the page out of the back/forward cache that the page could change ("Actionable"). */
  bfcacheBlockers: string[];
  /** Lighthouse's BenchmarkIndex of the host, and the CPU slowdown calibrated from it. */
  benchmarkIndex: number;
  cpuSlowdown: number;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];
// Screenshots cost time and score nothing.
const SKIPPED = ["screenshot-thumbnails", "final-screenshot", "full-page-screenshot"];

export interface LighthouseChrome {
  port: number;
  close(): Promise<void>;
}

/** Headless Chromium (from chromiumPath()) with a remote debugging port, reused for every run. */
export async function launchLighthouseChrome(): Promise<LighthouseChrome> {
  const chrome = await chromeLauncher.launch({
    chromePath: await chromiumPath(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    logLevel: "silent",
  });
  return { port: chrome.port, close: async () => chrome.kill() };
}

interface BfcacheItem {
  reason: string;
  failureType: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** One Lighthouse run of a URL: its scores, metrics, and the audits that lost points. */
async function runOnce(
  port: number,
  url: string,
  headers?: Record<string, string>,
): Promise<LighthouseFigures> {
  const flags: Flags = {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: CATEGORIES,
    skipAudits: SKIPPED,
    ...(headers ? { extraHeaders: headers } : {}),
  };
  // A trace Chrome failed to record (NO_NAVSTART and the like) is run again, up to twice.
  let lhr;
  for (let attempt = 0; ; attempt++) {
    lhr = await calibratedRun(url, flags);
    if (!lhr.runtimeError) break;
    if (attempt === 2) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  }
  const { categories, audits } = lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  const failing = Object.values(categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => audits[ref.id]!)
      .filter((audit) => audit.score !== null && audit.score < 1)
      .map((audit) => `${category.id}/${audit.id} (${audit.displayValue ?? audit.score})`),
  );
  const bfcache = (audits["bf-cache"]?.details as { items?: BfcacheItem[] } | undefined)?.items;
  return {
    bfcacheBlockers: (bfcache ?? [])
      .filter((item) => item.failureType === "Actionable")
      .map((item) => item.reason),
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcp: value("largest-contentful-paint"),
    cls: value("cumulative-layout-shift"),
    tbt: value("total-blocking-time"),
    failing,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    cpuSlowdown: lhr.configSettings.throttling.cpuSlowdownMultiplier ?? Number.NaN,
  };
}

/**
 * Lighthouse's own run, split where it measures the host: the page is loaded unthrottled (as the
 * simulated mode always does), then the simulation is run with the CPU slowdown calibrated from
 * the BenchmarkIndex taken in that same load, so that every run simulates the same phone.
 */
async function calibratedRun(url: string, flags: Flags): Promise<Result> {
  const { artifacts, runnerOptions } = await navigationGather(undefined, url, { flags });
  const cpuSlowdownMultiplier = cpuSlowdownFor(artifacts.BenchmarkIndex);
  // Lighthouse refuses to audit with settings other than those it gathered with.
  for (const settings of new Set([runnerOptions.resolvedConfig.settings, artifacts.settings]))
    settings.throttling = { ...settings.throttling, cpuSlowdownMultiplier };
  const result = await Runner.audit(artifacts, runnerOptions);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  return result.lhr;
}

/** `runs` Lighthouse runs of a route, one after another; the median of each figure. */
export async function measureRoute(
  chrome: LighthouseChrome,
  baseUrl: string,
  route: LighthouseRoute,
  runs = 3,
): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++)
    results.push(await runOnce(chrome.port, `${baseUrl}${route.path}`, route.headers));
  const of = (key: Exclude<keyof LighthouseFigures, "failing" | "bfcacheBlockers">) =>
    median(results.map((r) => r[key]));
  return {
    performance: of("performance"),
    accessibility: of("accessibility"),
    bestPractices: of("bestPractices"),
    seo: of("seo"),
    lcp: of("lcp"),
    cls: of("cls"),
    tbt: of("tbt"),
    benchmarkIndex: of("benchmarkIndex"),
    cpuSlowdown: of("cpuSlowdown"),
    failing: [...new Set(results.flatMap((r) => r.failing))],
    bfcacheBlockers: [...new Set(results.flatMap((r) => r.bfcacheBlockers))],
  };
}

async function post(baseUrl: string, query: string, variables = {}, cookie?: string) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, setCookie: response.headers.getSetCookie() };
}

/**
 * The public routes (home, every document and lesson, join, sign-in) and the player in the
 * middle of the first lesson, as a guest who started a practice attempt there.
 */
export async function publicRoutes(baseUrl: string): Promise<LighthouseRoute[]> {
  const { data } = await post(baseUrl, `{ documents { slug } lessons { slug } }`);
  const lessons: string[] = data.lessons.map((l: { slug: string }) => l.slug);
  const guest = await post(
    baseUrl,
    `mutation { startGuestSession(displayName: "Ada") { viewer { id } } }`,
  );
  const cookie = guest.setCookie.map((c) => c.split(";")[0]).join("; ");
  await post(
    baseUrl,
    `mutation($s: String!) { startAttempt(lessonSlug: $s) { id } }`,
    { s: lessons[0] },
    cookie,
  );
  return [
    { name: "home", path: "/" },
    ...data.documents.map((d: { slug: string }) => ({
      name: `document ${d.slug}`,
      path: `/documents/${d.slug}`,
    })),
    ...lessons.map((slug) => ({ name: `lesson ${slug}`, path: `/lessons/${slug}` })),
    { name: "join", path: "/join" },
    { name: "sign-in", path: "/signin" },
    {
      name: `player, step 2 of ${lessons[0]}`,
      path: `/lessons/${lessons[0]}?step=2`,
      headers: { cookie },
    },
  ];
}

/** The figures as a Markdown table (what the README quotes and `npm run bench` prints). */
export function lighthouseTable(rows: Array<{ route: string } & LighthouseFigures>): string {
  const lines = [
    "| route | perf | a11y | best practices | SEO | LCP | CLS | TBT | BenchmarkIndex | CPU slowdown |",
    "| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |",
  ];
  for (const r of rows)
    lines.push(
      `| ${r.route} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ` +
        `${(r.lcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms | ` +
        `${Math.round(r.benchmarkIndex)} | ${r.cpuSlowdown.toFixed(1)}× |`,
    );
  return lines.join("\n");
}
