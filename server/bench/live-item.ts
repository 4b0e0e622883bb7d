// Item 9 of `npm run bench`: the live classroom on a fresh database and two servers, as one line.
import { ADMIN_URL, startBenchServer } from "./harness.js";
import { benchLive } from "./live.js";
import { createScratchDatabase } from "../../test/support/scratch-database.js";

/** 40 students autosaving over two servers while two teachers watch on each; the printed line. */
export async function liveClassroomItem(quick: boolean): Promise<string> {
  const live = await createScratchDatabase(ADMIN_URL, "bench");
  const pair = [await startBenchServer(live.url), await startBenchServer(live.url)] as const;
  try {
    const result = await benchLive(
      [pair[0].url, pair[1].url],
      (sql, values) => pair[0].query(sql, values),
      { students: 40, seconds: quick ? 10 : 60 },
    );
    return (
      `9. live classroom: ${result.students} students on 2 servers, ${result.watchers} teacher sockets (2 per server): ` +
      `${result.events} events, commit → teacher's socket p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms (target 500); ` +
      `lost ${result.lost}, duplicated ${result.duplicates}; autosave meanwhile p50 ${result.autosaveP50.toFixed(1)} ms, ` +
      `p99 ${result.autosaveP99.toFixed(1)} ms (${result.saves} saves, ${result.failed} failed); ` +
      `with nobody watching p50 ${result.baselineP50.toFixed(1)} ms, p99 ${result.baselineP99.toFixed(1)} ms`
    );
  } finally {
    for (const server of pair) await server.stop();
    await live.drop();
  }
}
