// The import rules of ../shared/design/ARCHITECTURE.md, checked by test/server/architecture.test.ts
// (or by hand: npx depcruise server/src client/src).

const SERVER = "^server/src/";

// Read features first, then student work; each may import only features to its left.
const READ_FEATURES = ["documents", "lessons", "questions", "exercises"];
const STUDENT_WORK = [
  "users",
  "audit",
  "classes",
  "assignments",
  "attempts",
  "results",
  "authoring",
  "live",
  "lti",
  "privacy",
  "retention",
];
const FEATURES = [...READ_FEATURES, ...STUDENT_WORK];

const folders = (names) => `(${names.join("|")})/`;

/** Each layer and what it may not import: what is above it (grading is a library over core alone). */
const layers = [
  ["core", ["content", "grading", "modules", "app", "http"]],
  ["content", ["grading", "modules", "app", "http"]],
  ["grading", ["content", "modules", "app", "http"]],
  ["modules", ["app", "http"]],
  ["app", ["http"]],
].map(([layer, above]) => ({
  name: `layer-${layer}`,
  comment: `server/src/${layer}/ may not import ${above.join(", ")}`,
  severity: "error",
  from: { path: `${SERVER}${layer}/` },
  to: { path: `${SERVER}${folders(above)}` },
}));

const readFeatures = {
  name: "feature-order-read",
  comment: `read features (${READ_FEATURES.join(", ")}) may not import student work (${STUDENT_WORK.join(", ")})`,
  severity: "error",
  from: { path: `${SERVER}modules/${folders(READ_FEATURES)}` },
  to: { path: `${SERVER}modules/${folders(STUDENT_WORK)}` },
};

const studentWork = STUDENT_WORK.slice(0, -1).map((feature, index) => ({
  name: `feature-order-${feature}`,
  comment: `${STUDENT_WORK.join(" → ")}: ${feature} may not import ${STUDENT_WORK.slice(index + 1).join(", ")}`,
  severity: "error",
  from: { path: `${SERVER}modules/${feature}/` },
  to: { path: `${SERVER}modules/${folders(STUDENT_WORK.slice(index + 1))}` },
}));

// The client reads pages → components → composables → lib → api; nothing imports upwards.
const CLIENT_LAYERS = ["pages", "components", "composables", "lib", "api"];
const clientLayers = CLIENT_LAYERS.slice(1).map((layer, index) => ({
  name: `client-layer-${layer}`,
  comment: `client/src/${layer}/ may not import ${CLIENT_LAYERS.slice(0, index + 1).join(", ")}`,
  severity: "error",
  from: { path: `^client/src/${layer}/` },
  to: { path: `^client/src/${folders(CLIENT_LAYERS.slice(0, index + 1))}` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-cycles",
      comment: "no import cycles, type-only imports included",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-foreign-sql",
      comment:
        "a feature's .sql.ts is imported only inside its own folder: call its service or loader",
      severity: "error",
      from: { path: `${SERVER}modules/([^/]+)/` },
      to: { path: `${SERVER}modules/[^/]+/.+\\.sql\\.ts$`, pathNot: `${SERVER}modules/$1/` },
    },
    {
      name: "no-sql-from-outside-features",
      comment:
        "a feature's .sql.ts is imported only inside its own folder: call its service or loader",
      severity: "error",
      from: { pathNot: `${SERVER}modules/` },
      to: { path: `${SERVER}modules/.+\\.sql\\.ts$` },
    },
    {
      name: "no-content-sql-from-outside",
      comment: "content's .sql.ts is imported only inside content/",
      severity: "error",
      from: { pathNot: `${SERVER}content/` },
      to: { path: `${SERVER}content/.+\\.sql\\.ts$` },
    },
    ...layers,
    {
      name: "known-features",
      comment: `server/src/modules/ holds the features ${FEATURES.join(", ")}: place a new one in the order here`,
      severity: "error",
      from: {},
      to: { path: `${SERVER}modules/`, pathNot: `${SERVER}modules/${folders(FEATURES)}` },
    },
    readFeatures,
    ...studentWork,
    {
      name: "entry-points-on-top",
      comment: "nothing imports main.ts or cli/",
      severity: "error",
      from: { pathNot: `${SERVER}cli/` },
      to: { path: `${SERVER}(cli/|main\\.ts$)` },
    },
    {
      name: "server-client-apart",
      comment: "the server and the client share nothing but the GraphQL schema",
      severity: "error",
      from: { path: "^(server|client)/src/" },
      to: { path: "^(server|client)/src/", pathNot: "^$1/src/" },
    },
    {
      name: "client-lib-pure",
      comment: "client/src/lib/ is plain TypeScript: no Vue",
      severity: "error",
      from: { path: "^client/src/lib/" },
      to: { path: "(^|/)node_modules/(vue|vue-router|@vue/[^/]+)/" },
    },
    ...clientLayers,
    {
      name: "client-pages-apart",
      comment: "a page never imports another page: share through components or composables",
      severity: "error",
      from: { path: "^client/src/pages/" },
      to: { path: "^client/src/pages/" },
    },
    {
      name: "client-api-through-composables",
      comment: "components and pages reach the API through composables (types from api/ are fine)",
      severity: "error",
      from: { path: "^client/src/(components|pages)/" },
      to: { path: "^client/src/api/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "(^|/)node_modules/" },
    exclude: { path: "^client/src/api/generated/" },
    // Type-only imports count: they are dependencies of the design even if erased at run time.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: [".ts", ".js", ".vue", ".mjs", ".json"] },
    moduleSystems: ["es6"],
  },
};
