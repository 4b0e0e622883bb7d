import "reflect-metadata";
import fs from "node:fs";
import { printSchema } from "graphql";
import { buildAppSchema } from "../app/schema.js";

const SCHEMA_FILE = new URL("../../schema.graphql", import.meta.url);

fs.writeFileSync(SCHEMA_FILE, printSchema(await buildAppSchema()) + "\n");
console.log(`wrote ${SCHEMA_FILE.pathname}`);
