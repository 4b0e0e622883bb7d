// Lighthouse 12 (mobile, simulated throttling) on every public route and the player, with the
// shared runner of the `lighthouse` test project: the median of three runs per route.
import {
  launchLighthouseChrome,
  lighthouseTable,
  type LighthouseFigures,
  measureRoute,
  publicRoutes,
} from "../../test/support/lighthouse.js";

/** The Markdown table of the routes' scores, LCP, CLS and TBT. */
export async function benchLighthouse(url: string, runs = 3): Promise<string> {
  const chrome = await launchLighthouseChrome();
  try {
    const rows: Array<{ route: string } & LighthouseFigures> = [];
    for (const route of await publicRoutes(url))
      rows.push({ route: route.name, ...(await measureRoute(chrome, url, route, runs)) });
    return lighthouseTable(rows);
  } finally {
    await chrome.close();
  }
}
