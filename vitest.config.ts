import { createRequire } from "node:module";
import vue from "@vitejs/plugin-vue";
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

type ProjectTest = NonNullable<TestProjectInlineConfiguration["test"]>;

const require = createRequire(import.meta.url);
// graphql must load once: type-graphql (CJS) and our ESM imports would otherwise get two copies.
const graphqlOnce = { find: /^graphql$/, replacement: require.resolve("graphql") };
/**
 * Server files that run in a fresh process of their own: the printed schema is compared byte for
 * byte, and after other files in the same worker type-graphql once printed a field's arguments in
 * another order.
 */
const ISOLATED_SERVER_FILES = ["test/server/app/schema.test.ts"];

/** A project of tests that run in Node against the real server code (one copy of graphql). */
const nodeProject = (test: ProjectTest) => ({
  extends: true as const,
  resolve: { alias: [graphqlOnce] },
  test: { setupFiles: ["test/setup.ts"], environment: "node" as const, ...test },
});

export default defineConfig({
  test: {
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ["test/global-setup.ts"],
    projects: [
      nodeProject({
        name: "server",
        include: ["test/server/**/*.test.ts"],
        exclude: [...configDefaults.exclude, ...ISOLATED_SERVER_FILES],
        // A worker imports the server once for all its files, not once per file (about 4 s
        // each). Every file makes its own databases and servers.
        isolate: false,
      }),
      nodeProject({ name: "server-isolated", include: ISOLATED_SERVER_FILES }),
      {
        extends: true,
        plugins: [vue()],
        test: { name: "client", include: ["test/client/**/*.test.ts"], environment: "jsdom" },
      },
      // Browser files share the two workers with the server and client files (a browser file
      // mostly waits on Chromium): the whole run is one pool, nothing runs alone at the end.
      nodeProject({ name: "browser", include: ["test/browser/**/*.test.ts"], testTimeout: 60_000 }),
      // `npm run test:lighthouse`: last and alone, since Lighthouse's simulated timings take the
      // CPU time the page really used. Not yet part of `npm test`: the performance targets
      // (README, "Performance") are not all reached.
      ...(process.env.LIGHTHOUSE === "1"
        ? [
            nodeProject({
              name: "lighthouse",
              include: ["test/lighthouse/**/*.test.ts"],
              fileParallelism: false,
              testTimeout: 900_000,
            }),
          ]
        : []),
    ],
  },
});
