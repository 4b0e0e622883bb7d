import fs from "node:fs";
import { ROOT } from "./server.js";

/** The client's queries by operation name, from its build; the test fails without a build. */
export function clientOperations(): Record<string, string> {
  const file = `${ROOT}client/dist/.vite/operations.json`;
  if (!fs.existsSync(file)) throw new Error("the client is not built: run `npm run build` first");
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** The JSON in a page's first-page-data element; null when there is none. */
export function firstPage(html: string): any {
  const json = /<script type="application\/json" id="first-page-data">([^<]*)<\/script>/.exec(html);
  return json ? JSON.parse(json[1]!) : null;
}
