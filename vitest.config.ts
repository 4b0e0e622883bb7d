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
    projects: [
      {
        extends: true,
        resolve: { alias: [graphqlOnce] },
        test: {
          name: "server",
          include: ["test/server/**/*.test.ts"],
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
          // One Chromium at a time on a 2-core machine, after the server and client projects.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        resolve: { alias: [graphqlOnce] },
        test: {
          name: "lighthouse",
          include: ["test/lighthouse/**/*.test.ts"],
          setupFiles: ["test/setup.ts"],
          environment: "node",
          // Last and alone: Lighthouse's simulated timings take the CPU time the page really used.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          testTimeout: 900_000,
        },
      },
    ],
  },
});
