// Evidence questions: the passages of the document that support or undercut a claim.
import { z } from "zod";
import type { ResolvedSpan } from "../check-context.js";
import { checkAcceptable, checkInstructions, checkQuotedPassages } from "../check-evidence.js";
import {
  acceptablePassage,
  evidenceSources,
  evidenceTarget,
  questionBase,
  text,
} from "../schema-parts.js";
import type { QuestionCommon, QuestionKindEntry } from "./question-kind.js";

export interface EvidenceQuestionContent extends QuestionCommon {
  kind: "EVIDENCE";
  claim: string;
  stance: "supports" | "undercuts";
  minSelections: number;
  maxSelections: number;
  /** Key passages (role KEY) followed by acceptable ones (role ACCEPTABLE). */
  targets: ResolvedSpan[];
  /** The other documents it offers, in order, with their paragraphs. */
  sources: Array<{ documentSlug: string; paragraphNumbers: number[] }>;
}

const schema = z.strictObject({
  ...questionBase,
  kind: z.literal("EVIDENCE"),
  claim: text,
  stance: z.enum(["supports", "undercuts"]),
  minSelections: z.number().int().min(1),
  maxSelections: z.number().int().min(1),
  targets: z.array(evidenceTarget).min(1),
  /** Defensible passages beyond the key, never penalised. */
  acceptable: z.array(acceptablePassage).default([]),
  sources: evidenceSources,
});

export const evidence: QuestionKindEntry<typeof schema, EvidenceQuestionContent> = {
  schema,
  check({ ctx, file, path, doc }, q, common) {
    if (q.minSelections > q.maxSelections)
      ctx.report(file, `${path}.minSelections`, `greater than maxSelections (${q.maxSelections})`);
    const standIns = q.acceptable.filter((a) => a.countsForRecall).length;
    if (q.minSelections > q.targets.length + standIns)
      ctx.report(
        file,
        `${path}.minSelections`,
        `greater than the number of targets (${q.targets.length})${standIns ? ` and acceptable passages counting for recall (${standIns})` : ""}`,
      );
    checkInstructions(ctx, file, `${path}.prompt`, q.prompt, q.minSelections, q.maxSelections);
    const sources = ctx.sources(file, `${path}.sources`, q.sources, doc);
    const key = ctx.targets(file, `${path}.targets`, q.targets, doc, q.paragraphs, sources);
    const acceptable = ctx.targets(
      file,
      `${path}.acceptable`,
      q.acceptable,
      doc,
      q.paragraphs,
      sources,
    );
    checkAcceptable(ctx, file, `${path}.acceptable`, key, acceptable);
    const targets = [
      ...key.map((t) => ({ ...t, role: "KEY" as const })),
      ...acceptable.map((t) => ({ ...t, role: "ACCEPTABLE" as const })),
    ];
    checkQuotedPassages(
      ctx,
      file,
      ["prompt", "claim", "explanation"].map((field) => ({
        path: `${path}.${field}`,
        text: q[field as "prompt" | "claim" | "explanation"],
      })),
      doc,
      q.paragraphs,
      sources,
      targets,
    );
    return {
      ...common,
      kind: q.kind,
      claim: q.claim,
      stance: q.stance,
      minSelections: q.minSelections,
      maxSelections: q.maxSelections,
      targets,
      sources: sources.map(({ documentSlug, paragraphNumbers }) => ({
        documentSlug,
        paragraphNumbers,
      })),
    };
  },
  store(question) {
    return {
      columns: {
        claim: question.claim,
        stance: question.stance,
        minSelections: question.minSelections,
        maxSelections: question.maxSelections,
      },
      targets: question.targets,
      sources: question.sources,
    };
  },
};
