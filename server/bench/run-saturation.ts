// Item 7 of `npm run bench` alone (`npx tsx server/bench/run-saturation.ts`, BENCH_QUICK=1 for
// 3-second runs): two servers on a fresh database, saves/s through the API against the same
// statement straight through `pg`. For working on the save path without the whole benchmark.
import "reflect-metadata";
import fs from "node:fs";
import { ADMIN_URL, startBenchServer } from "./harness.js";
import { benchSaveSaturation } from "./save-saturation.js";
import { createScratchDatabase } from "../../test/support/scratch-database.js";

/** A process's user and system CPU time so far, in ms (Linux). */
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

const quick = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";
const grade = await createScratchDatabase(ADMIN_URL, "bench");
const servers = [await startBenchServer(grade.url), await startBenchServer(grade.url)] as const;
try {
  const full = await benchSaveSaturation([servers[0].url, servers[1].url], grade.url, {
    concurrency: 32,
    seconds: quick ? 3 : 10,
    connections: 20,
    serverCpuMs: () => servers.reduce((sum, server) => sum + cpuMs(server.process.pid!), 0),
  });
  console.log(
    `7. saturation, ${full.concurrency} saves in flight: API ${full.api.toFixed(0)} saves/s; the same SQL straight through pg: ` +
      `${full.direct.toFixed(0)} statements/s; ratio ${full.ratio.toFixed(2)} (target 0.5)`,
  );
  console.log(`   servers' CPU per API save: ${full.serverCpuPerSave!.toFixed(3)} ms`);
} finally {
  for (const server of servers) await server.stop();
  await grade.drop();
}
