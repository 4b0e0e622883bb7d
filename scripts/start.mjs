// `npm start`: builds the client and compiles the server only when their sources changed since
// the last build (see the hashes in client/dist and server/dist), then runs the compiled server
// in this same process. If the server cannot be compiled, it runs the sources through tsx.
import { pathToFileURL } from "node:url";
import { buildClientIfStale } from "../client/scripts/build-if-stale.mjs";
import { SERVER_ENTRY, buildServerIfStale } from "./build-server.mjs";

process.setSourceMapsEnabled(true);
try {
  buildClientIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
let entry = pathToFileURL(SERVER_ENTRY).href;
try {
  await buildServerIfStale();
} catch (error) {
  console.error(`compiling the server failed, running its sources: ${error.message}`);
  const { register } = await import("tsx/esm/api");
  register();
  entry = new URL("../server/src/main.ts", import.meta.url).href;
}
await import(entry);
