// Cross-reference checks for source-analysis exercises: rubric levels, exemplars, model evidence.
import type { CheckContext } from "./check-context.js";
import {
  checkAcceptable,
  checkExerciseClaims,
  checkInstructions,
  checkQuotedPassages,
} from "./check-evidence.js";
import type { ExerciseFile } from "./content.schema.js";
import type { LoadedExercise, LoadedRubricCriterion } from "./content.types.js";

/** Validates one parsed exercise file and returns it shaped for the database. */
export function checkExercise(ctx: CheckContext, file: string, data: ExerciseFile): LoadedExercise {
  ctx.claimId(data.slug, `exercise "${data.slug}"`, file, "slug");
  const doc = ctx.document(file, "document", data.document);
  ctx.paragraphs(file, "paragraphs", data.paragraphs, doc);
  ctx.citations(file, "prompt", data.prompt, doc);
  const guidance = ctx.markdown(file, "guidance", data.guidance) ?? "";
  ctx.citations(file, "guidance", guidance, doc);
  data.misconceptions?.forEach((m, i) => ctx.citations(file, `misconceptions[${i}]`, m, doc));

  ctx.localIds(file, "claims", data.claims, "claim");
  if (data.ownClaim && data.claims.length === 0)
    ctx.report(file, "ownClaim", "with no claims listed, the claim is already written freely");
  const sources = ctx.sources(file, "sources", data.sources, doc);
  const modelEvidence = ctx.targets(
    file,
    "modelEvidence",
    data.modelEvidence,
    doc,
    data.paragraphs,
    sources,
  );
  const acceptableEvidence = ctx.targets(
    file,
    "acceptableEvidence",
    data.acceptableEvidence,
    doc,
    data.paragraphs,
    sources,
  );
  checkAcceptable(ctx, file, "acceptableEvidence", modelEvidence, acceptableEvidence);
  if (data.minEvidence > data.modelEvidence.length)
    ctx.report(
      file,
      "minEvidence",
      `greater than the number of model evidence passages (${data.modelEvidence.length})`,
    );
  checkExerciseClaims(
    ctx,
    file,
    data.claims,
    data.modelEvidence,
    acceptableEvidence,
    data.minEvidence,
  );
  checkInstructions(ctx, file, "prompt", data.prompt, data.minEvidence, null);
  checkQuotedPassages(
    ctx,
    file,
    [
      { path: "prompt", text: data.prompt },
      { path: "guidance", text: guidance },
      ...data.exemplars.map((ex, i) => ({ path: `exemplars[${i}].text`, text: ex.text })),
    ],
    doc,
    data.paragraphs,
    sources,
    [...modelEvidence, ...acceptableEvidence],
  );

  ctx.localIds(file, "rubric", data.rubric, "criterion");
  const rubric = data.rubric.map((c, i) => checkCriterion(ctx, file, `rubric[${i}]`, c));

  const claimIds = new Set(data.claims.map((c) => c.id));
  const totals = new Set<number>();
  data.exemplars.forEach((ex, i) => {
    const at = `exemplars[${i}]`;
    ctx.citations(file, `${at}.commentary`, ex.commentary, doc);
    if (ex.claim !== undefined && !claimIds.has(ex.claim))
      ctx.report(file, `${at}.claim`, `no claim "${ex.claim}" in claims`);
    let total = 0;
    for (const [criterionId, score] of Object.entries(ex.levels)) {
      const criterion = rubric.find((c) => c.id === criterionId);
      if (!criterion)
        ctx.report(file, `${at}.levels.${criterionId}`, `no rubric criterion "${criterionId}"`);
      else if (!criterion.levels.some((l) => l.score === score))
        ctx.report(
          file,
          `${at}.levels.${criterionId}`,
          `criterion "${criterionId}" has no level with score ${score}`,
        );
      total += score;
    }
    for (const c of rubric)
      if (!(c.id in ex.levels))
        ctx.report(file, `${at}.levels`, `no score for criterion "${c.id}"`);
    totals.add(total);
  });
  if (data.exemplars.length >= 2 && totals.size < 2)
    ctx.report(file, "exemplars", "exemplars should show different levels of performance");

  const top = rubric.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.score)), 0);
  return {
    slug: data.slug,
    title: data.title,
    skill: data.skill,
    documentSlug: data.document,
    prompt: data.prompt,
    guidance,
    paragraphNumbers: data.paragraphs,
    claims: data.claims,
    answerSlots: { ownClaim: data.ownClaim ?? null, contextFacts: data.contextFacts ?? null },
    minEvidence: data.minEvidence,
    evidencePoints: data.evidencePoints,
    points: data.evidencePoints + top,
    modelEvidence: [
      ...modelEvidence.map((t) => ({ ...t, role: "KEY" as const })),
      ...acceptableEvidence.map((t) => ({ ...t, role: "ACCEPTABLE" as const })),
    ],
    sources: sources.map(({ documentSlug, paragraphNumbers }) => ({
      documentSlug,
      paragraphNumbers,
    })),
    rubric,
    exemplars: data.exemplars.map((ex) => ({
      title: ex.title,
      claimId: ex.claim ?? null,
      levels: ex.levels,
      text: ex.text,
      commentary: ex.commentary,
    })),
    misconceptions: data.misconceptions ?? [],
    tries: data.tries ?? null,
    sourceFile: file,
  };
}

function checkCriterion(
  ctx: CheckContext,
  file: string,
  path: string,
  c: ExerciseFile["rubric"][number],
): LoadedRubricCriterion {
  const scores = c.levels.map((l) => l.score);
  const sorted = [...scores].sort((a, b) => a - b);
  const lowest = sorted[0] ?? 0;
  if (lowest > 1)
    ctx.report(file, `${path}.levels`, `scores must start at 0 or 1 (lowest is ${lowest})`);
  sorted.forEach((s, i) => {
    if (i > 0 && s === sorted[i - 1])
      ctx.report(file, `${path}.levels`, `score ${s} is used by two levels`);
    else if (i > 0 && s !== sorted[i - 1]! + 1)
      ctx.report(
        file,
        `${path}.levels`,
        `scores must be contiguous (${sorted[i - 1]} is followed by ${s})`,
      );
  });
  if (scores.some((s, i) => i > 0 && s < scores[i - 1]!))
    ctx.report(file, `${path}.levels`, "list levels from the lowest score to the highest");
  const labels = new Set<string>();
  c.levels.forEach((l, j) => {
    if (labels.has(l.label.toLowerCase()))
      ctx.report(file, `${path}.levels[${j}].label`, `label "${l.label}" is used twice`);
    labels.add(l.label.toLowerCase());
  });
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    levels: [...c.levels].sort((a, b) => a.score - b.score),
  };
}
