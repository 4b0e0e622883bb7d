// `npm run bench`: the real server on a fresh PostgreSQL database in a second process, measured
// over loopback, plus SQL round-trip counts on a private in-process server. Prints the figures
// the README quotes.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import { benchAutosave } from "./autosave.js";
import { ADMIN_URL, startBenchServer } from "./harness.js";
import { benchLessonRead } from "./lesson-read.js";
import { benchRoundTrips } from "./round-trips.js";
import { benchWire } from "./wire.js";

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
  const wire = await benchWire(server.url, "sourcing-the-record");
  const rates = ({ app, bare, ratio }: { app: number; bare: number; ratio: number }) =>
    `${app.toFixed(0)} req/s; bare node:http: ${bare.toFixed(0)} req/s; ratio ${ratio.toFixed(2)}`;
  console.log(
    `1b. cached brotli read by GET (persisted query): ${rates(wire.read)}\n` +
      `1c. 304 revalidation: ${rates(wire.revalidate)}\n` +
      `1d. bytes on the wire per lesson read: identity ${wire.bytes.identity}, gzip ${wire.bytes.gzip}, br ${wire.bytes.br}; ` +
      `request: POST body ${wire.bytes.postRequest}, GET by hash URL ${wire.bytes.getRequest}`,
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
} finally {
  await server.stop();
}
