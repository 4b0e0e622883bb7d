import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SOURCE_DIRS = ["server/src", "client/src"];
const GENERATED = "client/src/api/generated/";
const MAX_LINES = 300;

describe("the source tree's shape", () => {
  // Cruising the whole tree takes 10–15 s at rest and several times that on a busy machine.
  it(
    "keeps the import rules of .dependency-cruiser.cjs: no cycles, no foreign SQL, layers one way",
    {
      timeout: 180_000,
    },
    async () => {
      expect(await violations(ROOT)).toEqual([]);
    },
  );

  it("keeps client/src/components/ to .vue files", () => {
    const notVue = sourceFiles("client/src/components").filter((file) => !file.endsWith(".vue"));
    expect(notVue).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines (generated code aside)`, () => {
    const tooLong = SOURCE_DIRS.flatMap((dir) => sourceFiles(dir))
      .filter((file) => !file.startsWith(GENERATED))
      .map((file) => ({ file, lines: countLines(fs.readFileSync(path.join(ROOT, file), "utf8")) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(tooLong).toEqual([]);
  });
});

describe("the import rules", () => {
  it("catch each kind of wrong import in a made-up tree, and let the right ones through", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "architecture-"));
    try {
      for (const [file, imports] of Object.entries(MADE_UP_TREE))
        writeImporting(dir, file, imports);
      writeImporting(dir, "node_modules/vue/index.js", []);
      expect(await violations(dir)).toEqual(
        [
          "client-layer-components: client/src/components/Shell.ts → client/src/pages/HomePage.vue",
          "client-layer-lib: client/src/lib/dates.ts → client/src/components/Badge.vue",
          "client-lib-pure: client/src/lib/dates.ts → node_modules/vue/index.js",
          "client-api-through-composables: client/src/pages/HomePage.vue → client/src/api/client.ts",
          "client-layer-composables: client/src/composables/useBadge.ts → client/src/components/Badge.vue",
          "client-pages-apart: client/src/pages/HomePage.vue → client/src/pages/AboutPage.vue",
          "entry-points-on-top: server/src/modules/users/users.types.ts → server/src/cli/import.ts",
          "feature-order-read: server/src/modules/lessons/lessons.service.ts → server/src/modules/classes/classes.service.ts",
          "feature-order-users: server/src/modules/users/users.resolver.ts → server/src/modules/results/results.service.ts",
          "known-features: server/src/app/schema.ts → server/src/modules/grading/scoring.ts",
          "layer-app: server/src/app/loaders.ts → server/src/http/errors.ts",
          "layer-content: server/src/content/sync.ts → server/src/grading/kinds.ts",
          "layer-core: server/src/core/database.ts → server/src/content/parse.ts",
          "layer-grading: server/src/grading/score.ts → server/src/modules/users/users.policy.ts",
          "layer-modules: server/src/modules/users/users.service.ts → server/src/app/context.ts",
          "no-content-sql-from-outside: server/src/modules/users/users.loaders.ts → server/src/content/content-version.sql.ts",
          "no-cycles: server/src/modules/classes/a.ts → server/src/modules/classes/b.ts → server/src/modules/classes/a.ts",
          "no-foreign-sql: server/src/modules/attempts/attempts.service.ts → server/src/modules/users/users.sql.ts",
          "no-sql-from-outside-features: server/src/http/routes.ts → server/src/modules/users/users.sql.ts",
          "server-client-apart: server/src/http/routes.ts → client/src/lib/dates.ts",
        ].sort(),
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** File → what it imports (paths from the root); right and wrong imports side by side. */
const MADE_UP_TREE: Record<string, string[]> = {
  "server/src/core/database.ts": ["server/src/content/parse.ts"],
  "server/src/core/rate-limits.sql.ts": [],
  "server/src/content/parse.ts": ["server/src/core/rate-limits.sql.ts"],
  "server/src/content/sync.ts": [
    "server/src/grading/kinds.ts",
    "server/src/content/parse.ts",
    "server/src/content/content-version.sql.ts",
  ],
  "server/src/content/content-version.sql.ts": [],
  "server/src/grading/kinds.ts": [],
  "server/src/grading/score.ts": [
    "server/src/modules/users/users.policy.ts",
    "server/src/grading/kinds.ts",
  ],
  "server/src/modules/users/users.policy.ts": [],
  "server/src/modules/users/users.service.ts": [
    "server/src/app/context.ts",
    "server/src/modules/users/users.sql.ts",
    "server/src/core/rate-limits.sql.ts",
  ],
  "server/src/modules/users/users.sql.ts": [],
  "server/src/modules/users/users.resolver.ts": ["server/src/modules/results/results.service.ts"],
  "server/src/modules/users/users.loaders.ts": ["server/src/content/content-version.sql.ts"],
  "server/src/modules/users/users.types.ts": ["server/src/cli/import.ts"],
  "server/src/modules/lessons/lessons.service.ts": [
    "server/src/modules/classes/classes.service.ts",
    "server/src/modules/questions/questions.service.ts",
  ],
  "server/src/modules/questions/questions.service.ts": ["server/src/grading/score.ts"],
  "server/src/modules/classes/classes.service.ts": ["server/src/modules/users/users.service.ts"],
  "server/src/modules/classes/a.ts": ["server/src/modules/classes/b.ts"],
  "server/src/modules/classes/b.ts": ["server/src/modules/classes/a.ts"],
  "server/src/modules/attempts/attempts.service.ts": ["server/src/modules/users/users.sql.ts"],
  "server/src/modules/results/results.service.ts": [
    "server/src/modules/attempts/attempts.service.ts",
    "server/src/modules/lessons/lessons.service.ts",
  ],
  "server/src/modules/grading/scoring.ts": [],
  "server/src/app/context.ts": ["server/src/core/database.ts"],
  "server/src/app/loaders.ts": [
    "server/src/http/errors.ts",
    "server/src/modules/users/users.loaders.ts",
  ],
  "server/src/http/errors.ts": [],
  "server/src/app/schema.ts": [
    "server/src/modules/grading/scoring.ts",
    "server/src/modules/results/results.service.ts",
  ],
  "server/src/http/app.ts": ["server/src/app/schema.ts", "server/src/app/loaders.ts"],
  "server/src/http/routes.ts": ["server/src/modules/users/users.sql.ts", "client/src/lib/dates.ts"],
  "server/src/cli/import.ts": ["server/src/main.ts"],
  "server/src/main.ts": ["server/src/http/app.ts"],
  "client/src/lib/dates.ts": ["client/src/components/Badge.vue", "vue"],
  "client/src/components/Badge.vue": ["vue"],
  "client/src/api/client.ts": [],
  "client/src/api/home.ts": ["client/src/api/client.ts"],
  "client/src/composables/useHome.ts": [
    "client/src/api/home.ts",
    "client/src/api/client.ts",
    "vue",
  ],
  "client/src/components/Card.vue": [
    "client/src/composables/useHome.ts",
    "client/src/lib/dates.ts",
  ],
  "client/src/components/Shell.ts": ["client/src/pages/HomePage.vue"],
  "client/src/composables/useBadge.ts": ["client/src/components/Badge.vue"],
  "client/src/pages/AboutPage.vue": [],
  "client/src/pages/HomePage.vue": [
    "client/src/api/client.ts",
    "client/src/components/Card.vue",
    "client/src/pages/AboutPage.vue",
    "vue",
  ],
};

function writeImporting(dir: string, file: string, imports: string[]): void {
  const lines = imports.map((target) => {
    const specifier = target.includes("/")
      ? `./${path.posix.relative(path.posix.dirname(file), target).replace(/\.ts$/, ".js")}`.replace(
          "./../",
          "../",
        )
      : target;
    return `import "${specifier}";`;
  });
  const text = file.endsWith(".vue")
    ? `<script setup lang="ts">\n${lines.join("\n")}\n</script>\n`
    : `${lines.join("\n")}\nexport {};\n`;
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
}

/** The violations of .dependency-cruiser.cjs in the source folders under baseDir, one line each. */
async function violations(baseDir: string): Promise<string[]> {
  const options = await extractDepcruiseOptions(path.join(ROOT, ".dependency-cruiser.cjs"));
  const { output } = await cruise(SOURCE_DIRS, { ...options, baseDir, validate: true });
  return (output as ICruiseResult).summary.violations
    .map((violation) => {
      const route = violation.cycle
        ? [violation.from, ...violation.cycle.map((step) => step.name)]
        : [violation.from, violation.to];
      return `${violation.rule.name}: ${route.join(" → ")}`;
    })
    .sort();
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|vue|js|mjs|css)$/.test(file))
    .map((file) => `${dir}/${file.split(path.sep).join("/")}`);
}

function countLines(text: string): number {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}
