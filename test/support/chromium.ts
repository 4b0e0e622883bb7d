import fs from "node:fs";
import type { Page } from "playwright-core";
import { bundledChromium } from "./bundled-chromium.js";

/** Debian's Chromium, used whenever it is installed. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The flags every test launches Chromium with (Debian's or the bundled headless build). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

let bundled: Promise<string> | undefined;

/**
 * The Chromium every browser and Lighthouse test drives: CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium, else the headless build shipped inside the npm package @sparticuz/chromium
 * (unpacked into the temp dir on first use, no download). PREFER_BUNDLED_CHROMIUM=1 passes over
 * Debian's, to test the bundled one. Throws when none can be had: browser tests fail, never skip.
 */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!fs.existsSync(chosen)) throw new Error(`CHROMIUM_PATH names no file: ${chosen}`);
    return chosen;
  }
  if (process.env.PREFER_BUNDLED_CHROMIUM !== "1" && fs.existsSync(DEBIAN_CHROMIUM))
    return DEBIAN_CHROMIUM;
  bundled ??= unpackBundledChromium();
  return bundled;
}

async function unpackBundledChromium(): Promise<string> {
  try {
    return await bundledChromium();
  } catch (error) {
    throw new Error(
      `No Chromium: ${DEBIAN_CHROMIUM} is not installed and the build bundled in ` +
        `@sparticuz/chromium could not be unpacked (run \`npm ci\`, or apt-get install -y ` +
        `chromium, or set CHROMIUM_PATH): ${String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Blocks third-party cookies for the page's loads from now on, as Chrome's phase-out does. The
 * bundled headless build ignores --test-third-party-cookie-phaseout; this works in both.
 */
export async function blockThirdPartyCookies(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Network.enable");
  await devtools.send("Network.setCookieControls", { enableThirdPartyCookieRestriction: true });
}
