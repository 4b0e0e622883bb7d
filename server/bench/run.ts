// `npm run bench`: the real server on a fresh PostgreSQL database in a second process, measured
// over loopback, plus SQL round-trip counts on a private in-process server. Prints the figures
// the README quotes.
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import { benchAutosave } from "./autosave.js";
import { benchGradeAutosave } from "./grade-autosave.js";
import { ADMIN_URL, startBenchServer } from "./harness.js";
import { benchSaveSaturation } from "./save-saturation.js";
import { benchStartUp } from "./start-up.js";
import { createScratchDatabase } from "../../test/support/scratch-database.js";
import { benchLessonRead } from "./lesson-read.js";
import { benchLighthouse } from "./lighthouse.js";
import { benchRoundTrips } from "./round-trips.js";
import { benchWire } from "./wire.js";
import { liveClassroomItem } from "./live-item.js";

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
  console.log(`5. Lighthouse, mobile (median of 3 runs):\n${await benchLighthouse(server.url)}`);
} finally {
  await server.stop();
}

// A whole grade on two servers sharing one fresh database; `--quick` (or BENCH_QUICK=1) shortens it.
const quick = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";
const grade = await createScratchDatabase(ADMIN_URL, "bench");
const servers = [await startBenchServer(grade.url), await startBenchServer(grade.url)] as const;
try {
  const urls = [servers[0].url, servers[1].url] as const;
  const class_ = await benchGradeAutosave(urls, { students: 200, seconds: quick ? 10 : 60 });
  console.log(
    `6. a grade autosaving: ${class_.students} students on 2 servers, one save every 2 s each for ${class_.seconds.toFixed(0)} s: ` +
      `${class_.saves} saves, p50 ${class_.p50.toFixed(1)} ms, p99 ${class_.p99.toFixed(1)} ms (limit 100), ` +
      `failed ${class_.failed}, lost ${class_.lost}`,
  );
  for (const [message, count] of Object.entries(class_.errors))
    console.log(`   ${count} × ${message}`);
  const full = await benchSaveSaturation(urls, grade.url, {
    concurrency: 32,
    seconds: quick ? 3 : 10,
    connections: 20,
  });
  console.log(
    `7. saturation, ${full.concurrency} saves in flight: API ${full.api.toFixed(0)} saves/s; the same SQL straight through pg: ` +
      `${full.direct.toFixed(0)} statements/s; ratio ${full.ratio.toFixed(2)} (target 0.5)`,
  );
} finally {
  for (const server of servers) await server.stop();
  await grade.drop();
}
const start = await benchStartUp(quick ? 2 : 5);
console.log(
  `8. npm start on a warm clone until the first 200: ${(start.median / 1000).toFixed(2)} s ` +
    `(${(start.median / 2500).toFixed(2)} of the 2.5 s limit; first start ${(start.first / 1000).toFixed(1)} s)`,
);

// The live classroom: 40 students autosaving over two servers, two teachers watching on each.
console.log(await liveClassroomItem(quick));
