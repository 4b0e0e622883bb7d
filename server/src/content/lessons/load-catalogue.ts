// Reads the misconception catalogue (lessons/misconceptions.yaml) into the check context, so the
// checks of every question can look its ids up.
import { existsSync } from "node:fs";
import type { CheckContext } from "./check-context.js";
import {
  checkCatalogue,
  MisconceptionTags,
  misconceptionsFile,
} from "./misconception-catalogue.js";
import { readValidated } from "./read-yaml.js";

/** Reads the misconception catalogue into the check context; a missing file is reported. */
export async function loadCatalogue(
  abs: string,
  show: (abs: string) => string,
  ctx: CheckContext,
): Promise<void> {
  const file = show(abs);
  if (!existsSync(abs)) {
    ctx.report(file, "", "the misconception catalogue is missing (distractors name its ids)");
    ctx.misconceptions = new MisconceptionTags([], file, false);
    return;
  }
  const data = await readValidated(abs, misconceptionsFile, show, ctx);
  if (!data) {
    ctx.misconceptions = new MisconceptionTags([], file, false);
    return;
  }
  const doc = ctx.document(file, "document", data.document);
  data.misconceptions.forEach((entry, i) => {
    for (const field of ["belief", "reteach"] as const)
      ctx.citations(file, `misconceptions[${i}].${field}`, entry[field], doc);
  });
  ctx.problems.push(...checkCatalogue(file, data.misconceptions));
  ctx.misconceptions = new MisconceptionTags(data.misconceptions, file, true);
}
