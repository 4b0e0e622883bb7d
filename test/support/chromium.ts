/** The Chromium every browser and Lighthouse test drives. */
export async function chromiumPath(): Promise<string> {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}
