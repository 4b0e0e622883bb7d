import { fileURLToPath } from "node:url";
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";
import { graphqlDocuments } from "./vite-graphql-documents.js";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [vue(), graphqlDocuments(fileURLToPath(new URL("src/api/generated", import.meta.url)))],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Every byte is served by our own server; nothing is fetched from elsewhere.
    assetsInlineLimit: 0,
    target: "es2022",
    // The server reads it to preload each route's own chunks with the page (server/src/http/client-pages.ts).
    manifest: true,
  },
  server: {
    proxy: {
      "/graphql": "http://localhost:4000",
      "/api": "http://localhost:4000",
      "/graphiql": "http://localhost:4000",
    },
  },
});
