import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";
import { graphqlDocuments } from "./vite-graphql-documents.js";
import { precompress } from "./vite-precompress.js";

const SOURCE = String.raw`client[\\/]src[\\/]`;

/**
 * Modules every page or every lesson needs go out as one file each, not as a dozen small shared
 * chunks: on a phone's network each file costs a round trip, whatever its size.
 */
const CHUNK_GROUPS = [
  {
    name: "shell",
    priority: 2,
    test: new RegExp(
      String.raw`\0rolldown/runtime|\0vite/preload-helper|\0plugin-vue:export-helper|node_modules[\\/](@vue|vue|vue-router)[\\/]|` +
        `${SOURCE}api[\\/](generated[\\/]|frame-token|client|first-page|public-read)|` +
        `${SOURCE}lib[\\/](format|collection|lessons)[\\/]|${SOURCE}composables[\\/](useAsync|useStatus|useSession|useProgressiveCount)\\.|` +
        `${SOURCE}api[\\/](session|deletion|home)\\.|${SOURCE}router[\\/]lesson-steps\\.`,
    ),
  },
  {
    name: "player",
    priority: 1,
    test: new RegExp(
      `${SOURCE}(api[\\/](player|live|live-socket)|lib[\\/](player|questions|assignments)[\\/]|` +
        String.raw`composables[\\/]useTries|components[\\/]common[\\/]MarkdownText\.vue|` +
        // The player itself; not its later steps (router/lesson-steps.ts) nor its results.
        String.raw`components[\\/]player[\\/](?!PlayerQuestionStep|PlayerExerciseStep|PlayerQuestion\.|PlayerTries|PlayerResult)[\w-]+\.vue)`,
    ),
  },
  {
    // The questions' components, which a lesson's later steps and teachers' pages share.
    name: "steps",
    priority: 1,
    test: new RegExp(
      String.raw`${SOURCE}components[\\/](questions[\\/]|player[\\/](PlayerQuestion|PlayerTries)\.vue)`,
    ),
  },
];

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [
    // Every component uses <script setup>: the Options API runtime is left out of the shell.
    vue({ features: { optionsAPI: false } }),
    graphqlDocuments(fileURLToPath(new URL("src/api/generated", import.meta.url))),
    precompress(),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Every byte is served by our own server; nothing is fetched from elsewhere.
    assetsInlineLimit: 0,
    target: "es2022",
    // The server reads it to preload each route's own chunks with the page (server/src/http/client-pages.ts).
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
  server: {
    proxy: {
      "/graphql": "http://localhost:4000",
      "/api": "http://localhost:4000",
      "/graphiql": "http://localhost:4000",
    },
  },
});
