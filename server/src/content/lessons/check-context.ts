// Shared state for the cross-file checks: the documents' paragraphs, the global id registry and
// the problem list. Pure: Markdown is read through a callback the loader supplies.
import type { ContentProblem } from "../content-problems.js";
import { MisconceptionTags } from "./misconception-catalogue.js";
import { citedParagraphs, findQuote } from "./resolve-quote.js";
import type { EvidenceSourceInput, EvidenceTargetInput } from "./schema-parts.js";

/** A passage of a paragraph: UTF-16 offsets, end exclusive; paragraph text.slice(start, end) === quote. */
export interface ResolvedSpan {
  /** The document the passage lies in when it is not the item's own; null: the item's own. */
  documentSlug: string | null;
  paragraphNumber: number;
  start: number;
  end: number;
  quote: string;
  /** Why the passage matters (for teachers and feedback). */
  note: string;
  /** Stored role: KEY (default) or ACCEPTABLE (a defensible passage beyond the key). */
  role?: "KEY" | "ACCEPTABLE";
  /** An acceptable passage that may stand in for a key passage toward recall. */
  countsForRecall?: boolean;
  /** An exercise's model passage: the claims it serves; omitted: every position needs it. */
  claims?: string[];
}

export interface DocumentParagraphs {
  slug: string;
  /** Paragraph text by number (1-based). */
  paragraphs: Map<number, string>;
}

/** Another document an item offers, checked: its paragraphs and its text. */
export interface CheckedSource {
  documentSlug: string;
  paragraphNumbers: number[];
  doc: DocumentParagraphs;
}

export class CheckContext {
  readonly problems: ContentProblem[] = [];
  private readonly ids = new Map<string, string>();
  /** The misconception catalogue that distractors' tags name (set by the loader before the checks). */
  misconceptions = new MisconceptionTags([], "lessons/misconceptions.yaml", false);

  constructor(
    readonly documents: Map<string, DocumentParagraphs>,
    /** Returns the Markdown a field names (file path or inline), or null after reporting a problem. */
    readonly markdown: (file: string, path: string, value: string) => string | null,
  ) {}

  report(file: string, path: string, message: string): void {
    this.problems.push({ file, path, message });
  }

  /** Checks a distractor's misconception tag against the catalogue; the id, or null if unknown. */
  misconception(file: string, path: string, id: string): string | null {
    return this.misconceptions.tag((message) => this.report(file, path, message), id);
  }

  /** Registers an id in the one namespace shared by lessons, steps, sets, questions and exercises. */
  claimId(id: string, what: string, file: string, path: string): void {
    const previous = this.ids.get(id);
    if (previous) this.report(file, path, `duplicate id "${id}": already used by ${previous}`);
    else this.ids.set(id, `${what} at ${file}: ${path}`);
  }

  document(file: string, path: string, slug: string): DocumentParagraphs | null {
    const doc = this.documents.get(slug);
    if (!doc) {
      const known = [...this.documents.keys()].map((s) => `"${s}"`).join(", ") || "none";
      this.report(file, path, `unknown document "${slug}" (known: ${known})`);
      return null;
    }
    return doc;
  }

  private range(doc: DocumentParagraphs): string {
    return `¶1–¶${doc.paragraphs.size}`;
  }

  /** Reports numbers the document lacks, and repeats. */
  paragraphs(
    file: string,
    path: string,
    numbers: number[],
    doc: DocumentParagraphs | null,
  ): number[] {
    const seen = new Set<number>();
    numbers.forEach((n, i) => {
      if (seen.has(n)) this.report(file, `${path}[${i}]`, `¶${n} is listed twice`);
      seen.add(n);
      if (doc && !doc.paragraphs.has(n))
        this.report(
          file,
          `${path}[${i}]`,
          `¶${n} does not exist in "${doc.slug}" (${this.range(doc)})`,
        );
    });
    return numbers;
  }

  /** Checks "¶N" citations in prose against the document. */
  citations(file: string, path: string, prose: string, doc: DocumentParagraphs | null): void {
    if (!doc) return;
    for (const n of citedParagraphs(prose))
      if (!doc.paragraphs.has(n))
        this.report(
          file,
          path,
          `cites ¶${n}, which does not exist in "${doc.slug}" (${this.range(doc)})`,
        );
  }

  /** Checks the other documents an item offers: known, not its own, each once, paragraphs that exist. */
  sources(
    file: string,
    path: string,
    sources: EvidenceSourceInput[],
    own: DocumentParagraphs | null,
  ): CheckedSource[] {
    const out: CheckedSource[] = [];
    sources.forEach((source, i) => {
      const at = `${path}[${i}]`;
      if (own && source.document === own.slug) {
        this.report(
          file,
          `${at}.document`,
          `"${source.document}" is the item's own document: its paragraphs are listed in "paragraphs"`,
        );
        return;
      }
      if (out.some((s) => s.documentSlug === source.document)) {
        this.report(file, `${at}.document`, `"${source.document}" is listed twice`);
        return;
      }
      const doc = this.document(file, `${at}.document`, source.document);
      this.paragraphs(file, `${at}.paragraphs`, source.paragraphs, doc);
      if (doc) out.push({ documentSlug: doc.slug, paragraphNumbers: source.paragraphs, doc });
    });
    return out;
  }

  /**
   * Resolves quotes to offsets in the document each names (the item's own by default, or one of
   * its checked `sources`); each must lie in one of that document's offered paragraphs.
   */
  targets(
    file: string,
    path: string,
    targets: Array<EvidenceTargetInput & { countsForRecall?: boolean; claims?: string[] }>,
    own: DocumentParagraphs | null,
    ownParagraphs: number[],
    sources: CheckedSource[] = [],
  ): ResolvedSpan[] {
    const out: ResolvedSpan[] = [];
    const spans = new Set<string>();
    targets.forEach((t, i) => {
      const at = `${path}[${i}]`;
      if (!own) return;
      const other = t.document !== undefined && t.document !== own.slug ? t.document : null;
      const source = other === null ? null : sources.find((s) => s.documentSlug === other);
      if (other !== null && !source) {
        const offered = [own.slug, ...sources.map((s) => s.documentSlug)];
        this.report(
          file,
          `${at}.document`,
          this.documents.has(other)
            ? `"${other}" is neither the item's document nor listed in its sources (offered: ${offered.map((s) => `"${s}"`).join(", ")})`
            : `unknown document "${other}" (known: ${[...this.documents.keys()].map((s) => `"${s}"`).join(", ")})`,
        );
        return;
      }
      const doc = source ? source.doc : own;
      const allowed = source ? source.paragraphNumbers : ownParagraphs;
      const text = doc.paragraphs.get(t.paragraph);
      if (text === undefined) {
        this.report(
          file,
          `${at}.paragraph`,
          `¶${t.paragraph} does not exist in "${doc.slug}" (${this.range(doc)})`,
        );
        return;
      }
      if (!allowed.includes(t.paragraph))
        this.report(
          file,
          `${at}.paragraph`,
          source
            ? `¶${t.paragraph} is not among the paragraphs the item offers of "${doc.slug}" [${allowed.join(", ")}]`
            : `¶${t.paragraph} is not among the item's paragraphs [${allowed.join(", ")}]`,
        );
      const found = findQuote(text, t.quote, t.occurrence);
      if (!found.ok) {
        if (found.found > 0) {
          this.report(
            file,
            `${at}.occurrence`,
            `¶${t.paragraph} contains the quote ${found.found} time(s), not ${t.occurrence}`,
          );
          return;
        }
        const elsewhere = [...doc.paragraphs]
          .filter(([, p]) => p.includes(t.quote))
          .map(([n]) => `¶${n}`);
        const hints = [
          found.nearMatch !== null
            ? `near match differing in case, spacing or punctuation: "${found.nearMatch}"`
            : null,
          elsewhere.length ? `found exactly in ${elsewhere.join(", ")}` : null,
        ].filter(Boolean);
        this.report(
          file,
          `${at}.quote`,
          `quote not found exactly in ¶${t.paragraph}${source ? ` of "${doc.slug}"` : ""}: "${t.quote}"${hints.length ? ` (${hints.join("; ")})` : ""}`,
        );
        return;
      }
      if (
        (t.start !== undefined || t.end !== undefined) &&
        (t.start !== found.start || t.end !== found.end)
      ) {
        const at2 = t.start !== found.start ? `${at}.start` : `${at}.end`;
        this.report(
          file,
          at2,
          `the quote (occurrence ${t.occurrence}) lies at ${found.start}–${found.end} in ¶${t.paragraph}, not ${t.start ?? "?"}–${t.end ?? "?"}`,
        );
      }
      const key = `${other ?? ""}:${t.paragraph}:${found.start}:${found.end}`;
      if (spans.has(key)) this.report(file, `${at}.quote`, `the same passage is listed twice`);
      spans.add(key);
      out.push({
        documentSlug: other,
        paragraphNumber: t.paragraph,
        start: found.start,
        end: found.end,
        quote: t.quote,
        note: t.note,
        ...(t.countsForRecall ? { countsForRecall: true } : {}),
        ...(t.claims ? { claims: t.claims } : {}),
      });
    });
    return out;
  }

  /** Reports repeated ids in a list whose ids are local to one parent (choices, items, criteria). */
  localIds(file: string, path: string, entries: Array<{ id: string }>, what: string): void {
    const seen = new Set<string>();
    entries.forEach((e, i) => {
      if (seen.has(e.id)) this.report(file, `${path}[${i}].id`, `duplicate ${what} id "${e.id}"`);
      seen.add(e.id);
    });
  }
}
