import { createRequire } from "node:module";
import vue from "@vitejs/plugin-vue";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);
// graphql must load once: type-graphql (CJS) and our ESM imports would otherwise get two copies.
const graphqlOnce = { find: /^graphql$/, replacement: require.resolve("graphql") };
/**
 * Server files that run in a fresh process of their own: the printed schema is compared byte for
 * byte, and after other files in the same worker type-graphql once printed a field's arguments in
 * another order.
 */
const ISOLATED_SERVER_FILES = ["test/server/app/schema.test.ts"];

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
          exclude: [...configDefaults.exclude, ...ISOLATED_SERVER_FILES],
          setupFiles: ["test/setup.ts"],
          environment: "node",
          // A worker imports the server once for all its files, not once per file (about 4 s
          // each). Every file makes its own databases and servers.
          isolate: false,
        },
      },
      {
        extends: true,
        resolve: { alias: [graphqlOnce] },
        test: {
          name: "server-isolated",
          include: ISOLATED_SERVER_FILES,
          setupFiles: ["test/setup.ts"],
          environment: "node",
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
