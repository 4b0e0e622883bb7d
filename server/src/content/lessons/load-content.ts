// Reads the authored teaching content under lessons/ (YAML for structure, Markdown for prose),
// validates every file and every cross-reference, and returns it shaped for the database.
// The layout and rules are documented in lessons/README.md.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { ContentProblem } from "../content-problems.js";
import { parseExport } from "../documents/export-parser.js";
import { CheckContext, type DocumentParagraphs } from "./check-context.js";
import { checkExercise } from "./check-exercises.js";
import { checkLesson, checkReferences } from "./check-lessons.js";
import { checkQuestionSet } from "./check-questions.js";
import {
  exerciseFile,
  lessonFile,
  MARKDOWN_PATH,
  QUESTION_KINDS,
  questionSetFile,
} from "./content.schema.js";
import type { LoadedContent } from "./content.types.js";
import { loadCatalogue } from "./load-catalogue.js";
import { MISCONCEPTIONS_FILE } from "./misconception-catalogue.js";
import { readValidated } from "./read-yaml.js";

export type { ContentProblem } from "../content-problems.js";
export { formatProblem } from "../content-problems.js";
export type * from "./content.types.js";

export interface LoadContentOptions {
  /** Where the archive exports (`<slug>.txt`) live; defaults to `<lessonsDir>/documents`. */
  documentsDir?: string;
  /** Problems name files relative to this folder; defaults to the working directory. */
  displayRoot?: string;
}

const QUESTION_SETS = "question-sets";
const EXERCISES = "exercises";
const DOCUMENTS = "documents";
const isYaml = (name: string) => /\.ya?ml$/.test(name);

/**
 * Loads and validates all content. The content is complete and safe to store only when
 * `problems` is empty; otherwise it holds whatever parts were valid.
 */
export async function loadContent(
  lessonsDir: string,
  options: LoadContentOptions = {},
): Promise<{ content: LoadedContent; problems: ContentProblem[] }> {
  const root = path.resolve(lessonsDir);
  const displayRoot = path.resolve(options.displayRoot ?? process.cwd());
  const show = (abs: string) => {
    const rel = path.relative(displayRoot, abs);
    return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
  };
  const early: ContentProblem[] = [];
  const documents = await loadDocuments(
    path.resolve(options.documentsDir ?? path.join(root, DOCUMENTS)),
    show,
    early,
  );

  const markdownFiles = new Map<string, string>();
  const referenced = new Set<string>();
  const ctx = new CheckContext(documents, (file, at, value) => {
    if (!MARKDOWN_PATH.test(value)) return value;
    const abs = path.resolve(path.dirname(path.resolve(displayRoot, file)), value);
    const text = markdownFiles.get(abs);
    if (!abs.startsWith(root + path.sep) || text === undefined) {
      ctx.report(file, at, `Markdown file not found: ${show(abs)}`);
      return null;
    }
    referenced.add(abs);
    if (!text.trim()) ctx.report(file, at, `Markdown file is empty: ${show(abs)}`);
    return text;
  });
  ctx.problems.push(...early);

  const lessonFiles: string[] = [];
  const setFiles: string[] = [];
  const exerciseFiles: string[] = [];
  for (const entry of await sortedEntries(root)) {
    const abs = path.join(root, entry.name);
    if (
      entry.name.startsWith(".") ||
      entry.name === DOCUMENTS ||
      entry.name === "README.md" ||
      entry.name === MISCONCEPTIONS_FILE
    )
      continue;
    if (!entry.isDirectory()) {
      ctx.report(
        show(abs),
        "",
        `unexpected file: expected README.md, ${MISCONCEPTIONS_FILE}, question-sets/, exercises/, documents/ or lesson folders`,
      );
      continue;
    }
    const files = await walk(abs);
    for (const f of files.filter((f) => f.endsWith(".md")))
      markdownFiles.set(f, await readFile(f, "utf8"));
    const yamlFiles = files.filter((f) => isYaml(f));
    for (const f of files.filter((f) => !isYaml(f) && !f.endsWith(".md")))
      ctx.report(show(f), "", "unexpected file: content is YAML (.yaml) and Markdown (.md)");
    if (entry.name === QUESTION_SETS) setFiles.push(...yamlFiles);
    else if (entry.name === EXERCISES) exerciseFiles.push(...yamlFiles);
    else {
      const lessonYaml = path.join(abs, "lesson.yaml");
      if (!existsSync(lessonYaml)) ctx.report(show(abs), "", "a lesson folder needs a lesson.yaml");
      else lessonFiles.push(lessonYaml);
      for (const f of yamlFiles.filter((f) => f !== lessonYaml))
        ctx.report(
          show(f),
          "",
          "unexpected YAML file in a lesson folder (only lesson.yaml is read)",
        );
    }
  }

  await loadCatalogue(path.join(root, MISCONCEPTIONS_FILE), show, ctx);

  if (lessonFiles.length === 0)
    ctx.report(show(root), "", "no lessons found (expected <slug>/lesson.yaml folders)");
  // Files that exist but failed validation: references to them are not reported again.
  const invalid = { lessons: 0, sets: new Set<string>(), exercises: new Set<string>() };
  const lessons = [];
  const stepSets = [];
  for (const abs of lessonFiles) {
    const data = await readValidated(abs, lessonFile, show, ctx);
    if (!data) {
      invalid.lessons += 1;
      continue;
    }
    if (data.slug !== path.basename(path.dirname(abs)))
      ctx.report(
        show(abs),
        "slug",
        `"${data.slug}" must match the folder name "${path.basename(path.dirname(abs))}"`,
      );
    const { reflections, ...lesson } = checkLesson(ctx, show(abs), data);
    lessons.push(lesson);
    stepSets.push(...reflections);
  }
  const questionSets = [];
  for (const abs of setFiles) {
    const data = await readValidated(abs, questionSetFile, show, ctx);
    if (!data) {
      invalid.sets.add(baseName(abs));
      continue;
    }
    expectSlugFromName(ctx, show(abs), data.slug);
    questionSets.push(checkQuestionSet(ctx, show(abs), data));
  }
  const exercises = [];
  for (const abs of exerciseFiles) {
    const data = await readValidated(abs, exerciseFile, show, ctx);
    if (!data) {
      invalid.exercises.add(baseName(abs));
      continue;
    }
    expectSlugFromName(ctx, show(abs), data.slug);
    exercises.push(checkExercise(ctx, show(abs), data));
  }
  // A REFLECT step's prompts are a question set of its own, after the files' sets.
  questionSets.push(...stepSets);
  checkReferences(ctx, lessons, questionSets, exercises, invalid);
  // An invalid YAML file's Markdown was never looked up, so orphans are only reported without one.
  const anyInvalid = invalid.lessons > 0 || invalid.sets.size > 0 || invalid.exercises.size > 0;
  for (const abs of markdownFiles.keys())
    if (!anyInvalid && !referenced.has(abs))
      ctx.report(show(abs), "", "Markdown file is not referenced by any lesson or exercise");

  lessons.sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  return {
    content: {
      documents: [...documents.values()].map((d) => ({
        slug: d.slug,
        paragraphCount: d.paragraphs.size,
      })),
      lessons,
      questionSets,
      exercises,
      misconceptions: [...ctx.misconceptions.entries],
      misconceptionsFile: ctx.misconceptions.file,
    },
    problems: ctx.problems,
  };
}

/** "4 lessons, 8 question sets, 4 reflection steps, 36 items (10 SINGLE_CHOICE, …), 4 exercises". */
export function describeContent(content: LoadedContent): string {
  const questions = content.questionSets.flatMap((s) => s.questions);
  const byKind = QUESTION_KINDS.map(
    (k) => `${questions.filter((q) => q.kind === k).length} ${k}`,
  ).join(", ");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [
    plural(content.lessons.length, "lesson"),
    plural(content.questionSets.filter((s) => !s.fromStep).length, "question set"),
    plural(content.questionSets.filter((s) => s.fromStep).length, "reflection step"),
    `${plural(questions.length, "item")} (${byKind})`,
    plural(content.exercises.length, "exercise"),
  ].join(", ");
}

const baseName = (file: string) => path.basename(file).replace(/\.ya?ml$/, "");

function expectSlugFromName(ctx: CheckContext, file: string, slug: string): void {
  const base = baseName(file);
  if (slug !== base) ctx.report(file, "slug", `"${slug}" must match the file name "${base}"`);
}

/** The archive exports (`<slug>.txt`) in a folder, parsed into paragraphs by slug. */
export async function loadDocuments(
  dir: string,
  show: (abs: string) => string,
  problems: ContentProblem[],
): Promise<Map<string, DocumentParagraphs>> {
  const documents = new Map<string, DocumentParagraphs>();
  if (!existsSync(dir)) {
    problems.push({ file: show(dir), path: "", message: "documents folder not found" });
    return documents;
  }
  for (const entry of await sortedEntries(dir)) {
    if (!entry.isFile() || !entry.name.endsWith(".txt")) continue;
    const abs = path.join(dir, entry.name);
    try {
      const parsed = parseExport(await readFile(abs, "utf8"));
      const slug = entry.name.replace(/\.txt$/, "");
      documents.set(slug, {
        slug,
        paragraphs: new Map(parsed.paragraphs.map((p) => [p.number, p.text])),
      });
    } catch (error) {
      problems.push({
        file: show(abs),
        path: "",
        message: `cannot parse the export: ${(error as Error).message}`,
      });
    }
  }
  return documents;
}

async function sortedEntries(dir: string) {
  return (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Every file under `dir`, recursively, sorted. */
async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await sortedEntries(dir)) {
    const abs = path.join(dir, entry.name);
    if (entry.name.startsWith(".")) continue;
    if (entry.isDirectory()) out.push(...(await walk(abs)));
    else out.push(abs);
  }
  return out;
}
