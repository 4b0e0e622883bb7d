// Item 9 of `npm run bench` alone (`npx tsx server/bench/run-live.ts`, BENCH_QUICK=1 for 10-second
// runs): the live classroom's event latency and the autosave with and without teachers watching.
import "reflect-metadata";
import { liveClassroomItem } from "./live-item.js";

const quick = process.argv.includes("--quick") || process.env.BENCH_QUICK === "1";
console.log(await liveClassroomItem(quick));
