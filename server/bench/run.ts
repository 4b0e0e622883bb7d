// `npm run bench`: starts the real server on a fresh PostgreSQL database in a second process and
// measures it over loopback. Prints figures for the README.
import os from "node:os";
import { benchAutosave } from "./autosave.js";
import { startBenchServer } from "./harness.js";

const server = await startBenchServer();
try {
  console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const autosave = await benchAutosave(server.url, (sql) => server.query(sql));
  console.log(
    `autosave: ${autosave.students} students, ${autosave.saves} saves in ${autosave.seconds.toFixed(1)} s: ` +
      `${autosave.throughput.toFixed(0)} saves/s, p50 ${autosave.p50.toFixed(1)} ms, p99 ${autosave.p99.toFixed(1)} ms, ` +
      `failures ${autosave.failures}, lost ${autosave.lost}`,
  );
} finally {
  await server.stop();
}
