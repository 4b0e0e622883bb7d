import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { defineConfig, globalIgnores } from "eslint/config";
import vue from "eslint-plugin-vue";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores(["client/dist/", "server/dist/", "data/", "client/src/api/generated/", "lessons/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["client/**/*.vue"],
    extends: [vue.configs["flat/recommended"]],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ["client/**"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      "server/**",
      "test/**",
      "*.{js,cjs,ts}",
      "client/*.ts",
      "client/scripts/**",
      "scripts/**",
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    rules: {
      // A variable a closure reads before its one assignment (main.ts's server) stays a let.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
      // The same rule as tsc's noUnusedLocals, with the usual escape for deliberate leftovers.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          args: "after-used",
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // TypeScript checks names; the core rule does not know about types or Vue's compiler macros.
    files: ["**/*.vue"],
    rules: { "no-undef": "off" },
  },
  {
    files: ["test/**", "server/bench/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier,
]);
