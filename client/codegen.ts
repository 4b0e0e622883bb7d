import type { CodegenConfig } from "@graphql-codegen/cli";

// Operation types come from the server's committed schema, so they cannot drift from it.
const config: CodegenConfig = {
  schema: "server/schema.graphql",
  documents: ["client/src/**/*.ts", "client/src/**/*.vue", "!client/src/api/generated/**"],
  ignoreNoDocuments: true,
  generates: {
    "client/src/api/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: "string" },
      },
    },
  },
};

export default config;
