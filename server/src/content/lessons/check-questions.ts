// Cross-reference checks for question sets: answer keys, paragraphs, quotes, ids.
import type { CheckContext, DocumentParagraphs } from "./check-context.js";
import type { QuestionInput, QuestionSetFile } from "./content.schema.js";
import type { LoadedQuestion, LoadedQuestionSet } from "./content.types.js";

/** Validates one parsed question-set file and returns it shaped for the database. */
export function checkQuestionSet(ctx: CheckContext, file: string, data: QuestionSetFile): LoadedQuestionSet {
  ctx.claimId(data.slug, `question set "${data.slug}"`, file, "slug");
  const doc = ctx.document(file, "document", data.document);
  const questions = data.questions.map((q, i) => checkQuestion(ctx, file, `questions[${i}]`, q, i + 1, doc));
  return { slug: data.slug, title: data.title, documentSlug: data.document, questions, sourceFile: file };
}

function checkQuestion(
  ctx: CheckContext,
  file: string,
  path: string,
  q: QuestionInput,
  position: number,
  doc: DocumentParagraphs | null,
): LoadedQuestion {
  ctx.claimId(q.id, `question "${q.id}"`, file, `${path}.id`);
  ctx.paragraphs(file, `${path}.paragraphs`, q.paragraphs, doc);
  ctx.citations(file, `${path}.prompt`, q.prompt, doc);
  ctx.citations(file, `${path}.explanation`, q.explanation, doc);
  const common = {
    id: q.id,
    position,
    prompt: q.prompt,
    points: q.points,
    skill: q.skill,
    paragraphNumbers: q.paragraphs,
    explanation: q.explanation,
  };

  switch (q.kind) {
    case "SINGLE_CHOICE":
    case "MULTIPLE_CHOICE": {
      ctx.localIds(file, `${path}.choices`, q.choices, "choice");
      q.choices.forEach((c, j) => ctx.citations(file, `${path}.choices[${j}].explanation`, c.explanation, doc));
      const correct = q.choices.filter((c) => c.correct).map((c) => c.id);
      if (q.kind === "SINGLE_CHOICE" && correct.length !== 1)
        ctx.report(
          file,
          `${path}.choices`,
          `a single-choice question needs exactly one correct choice (found ${correct.length}${correct.length ? `: ${correct.join(", ")}` : ""})`,
        );
      if (q.kind === "MULTIPLE_CHOICE" && correct.length === 0)
        ctx.report(file, `${path}.choices`, "a multiple-choice question needs at least one correct choice");
      if (q.kind === "MULTIPLE_CHOICE" && correct.length === q.choices.length)
        ctx.report(file, `${path}.choices`, "a multiple-choice question needs at least one wrong choice");
      return { ...common, kind: q.kind, choices: q.choices };
    }
    case "SHORT_ANSWER": {
      const accepted = q.acceptedAnswers ?? [];
      const seen = new Set<string>();
      accepted.forEach((a, j) => {
        const at = `${path}.acceptedAnswers[${j}]`;
        if (a.length > q.maxLength) ctx.report(file, at, `longer than maxLength (${q.maxLength})`);
        if (seen.has(a.toLowerCase())) ctx.report(file, at, `"${a}" is listed twice`);
        seen.add(a.toLowerCase());
      });
      return { ...common, kind: q.kind, maxLength: q.maxLength, acceptedAnswers: accepted };
    }
    case "ORDERING":
      ctx.localIds(file, `${path}.items`, q.items, "item");
      return {
        ...common,
        kind: q.kind,
        items: q.items.map((it) => ({ id: it.id, text: it.text, explanation: it.explanation ?? null })),
      };
    case "MATCHING":
      checkMatching(ctx, file, path, q);
      return {
        ...common,
        kind: q.kind,
        left: q.left,
        right: q.right,
        pairs: q.pairs.map((p) => ({ left: p.left, right: p.right, explanation: p.explanation ?? null })),
      };
    case "EVIDENCE": {
      if (q.minSelections > q.maxSelections)
        ctx.report(file, `${path}.minSelections`, `greater than maxSelections (${q.maxSelections})`);
      if (q.minSelections > q.targets.length)
        ctx.report(file, `${path}.minSelections`, `greater than the number of targets (${q.targets.length})`);
      const targets = ctx.targets(file, `${path}.targets`, q.targets, doc, q.paragraphs);
      return {
        ...common,
        kind: q.kind,
        claim: q.claim,
        stance: q.stance,
        minSelections: q.minSelections,
        maxSelections: q.maxSelections,
        targets,
      };
    }
  }
}

function checkMatching(
  ctx: CheckContext,
  file: string,
  path: string,
  q: Extract<QuestionInput, { kind: "MATCHING" }>,
): void {
  const sides = new Map<string, "left" | "right">();
  for (const side of ["left", "right"] as const)
    q[side].forEach((e, j) => {
      if (sides.has(e.id)) ctx.report(file, `${path}.${side}[${j}].id`, `duplicate id "${e.id}" (left and right ids share one namespace)`);
      else sides.set(e.id, side);
    });
  const pairedLeft = new Map<string, number>();
  const pairedRight = new Map<string, number>();
  q.pairs.forEach((p, j) => {
    const at = `${path}.pairs[${j}]`;
    if (sides.get(p.left) !== "left") ctx.report(file, `${at}.left`, `no left item "${p.left}"`);
    else if (pairedLeft.has(p.left))
      ctx.report(file, `${at}.left`, `left item "${p.left}" is already paired (pairs[${pairedLeft.get(p.left)}])`);
    else pairedLeft.set(p.left, j);
    if (sides.get(p.right) !== "right") ctx.report(file, `${at}.right`, `no right item "${p.right}"`);
    else if (pairedRight.has(p.right))
      ctx.report(file, `${at}.right`, `right item "${p.right}" is already paired (pairs[${pairedRight.get(p.right)}])`);
    else pairedRight.set(p.right, j);
  });
  q.left.forEach((l, j) => {
    if (!pairedLeft.has(l.id)) ctx.report(file, `${path}.left[${j}]`, `left item "${l.id}" is not paired`);
  });
}
