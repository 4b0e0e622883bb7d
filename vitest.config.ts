import { createRequire } from "node:module";
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// graphql must load once: type-graphql (CJS) and our ESM imports would otherwise get two copies.
const graphqlOnce = { find: /^graphql$/, replacement: require.resolve("graphql") };

export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["test/global-setup.ts"],
    projects: [
      {
        extends: true,
        resolve: { alias: [graphqlOnce] },
        test: {
          name: "server",
          include: ["test/server/**/*.test.ts"],
          setupFiles: ["test/setup.ts"],
          environment: "node",
          // A worker imports the server once for all its files, not once per file (about 4 s
          // each). Every file makes its own databases and servers, and leaves no module state.
          isolate: false,
        },
      },
      {
        extends: true,
        plugins: [vue()],
        test: { name: "client", include: ["test/client/**/*.test.ts"], environment: "jsdom" },
      },
      {
        extends: true,
        resolve: { alias: [graphqlOnce] },
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.ts"],
          setupFiles: ["test/setup.ts"],
          environment: "node",
          testTimeout: 60_000,
          // Browser files share the two workers with the server and client files (a browser file
          // mostly waits on Chromium): the whole run is one pool, nothing runs alone at the end.
        },
      },
      // `npm run test:lighthouse`: last and alone, since Lighthouse's simulated timings take the
      // CPU time the page really used. Not yet part of `npm test`: the performance targets
      // (README, "Performance") are not all reached.
      ...(process.env.LIGHTHOUSE === "1"
        ? [
            {
              extends: true as const,
              resolve: { alias: [graphqlOnce] },
              test: {
                name: "lighthouse",
                include: ["test/lighthouse/**/*.test.ts"],
                setupFiles: ["test/setup.ts"],
                environment: "node",
                fileParallelism: false,
                testTimeout: 900_000,
              },
            },
          ]
        : []),
    ],
  },
});
