// `npm run bench`: the real server on a fresh PostgreSQL database in a second process, measured
// over loopback, plus SQL round-trip counts on a private in-process server. Prints the figures
// the README quotes.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import { benchAutosave } from "./autosave.js";
import { ADMIN_URL, startBenchServer } from "./harness.js";
import { benchLessonRead } from "./lesson-read.js";
import { benchLighthouse } from "./lighthouse.js";
import { benchRoundTrips } from "./round-trips.js";

const peakMemory = (pid: number) => {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
const server = await startBenchServer();
try {
  const read = await benchLessonRead(server.url, "sourcing-the-record");
  console.log(
    `1. lesson read (${(read.bytes / 1024).toFixed(1)} KB): ${read.app.toFixed(0)} req/s; bare node:http sending the same bytes: ` +
      `${read.bare.toFixed(0)} req/s; ratio ${read.ratio.toFixed(2)}`,
  );
  const trips = await benchRoundTrips(ADMIN_URL);
  const line = (pairs: Array<[number, number]>) => pairs.map(([n, q]) => `${n} → ${q}`).join(", ");
  console.log(
    `2. SQL round trips per read: paragraphs ${line(trips.paragraphs)}; questions ${line(trips.questions)}; students ${line(trips.students)}`,
  );
  const autosave = await benchAutosave(server.url, (sql) => server.query(sql));
  console.log(
    `3. autosave: ${autosave.students} students, ${autosave.saves} saves in ${autosave.seconds.toFixed(1)} s: ` +
      `${autosave.throughput.toFixed(0)} saves/s, p50 ${autosave.p50.toFixed(1)} ms, p99 ${autosave.p99.toFixed(1)} ms, ` +
      `failures ${autosave.failures}, lost ${autosave.lost}`,
  );
  console.log(
    `4. peak memory of the server process: ${peakMemory(server.process.pid!).toFixed(0)} MiB`,
  );
  console.log(`5. Lighthouse, mobile (median of 3 runs):\n${await benchLighthouse(server.url)}`);
} finally {
  await server.stop();
}
