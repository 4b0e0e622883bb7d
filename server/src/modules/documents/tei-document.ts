// A document as TEI P5 (elements the Guidelines have had since P5 2.7) and as plain text. Pure: no I/O.
import { escapeXml as x, paragraphToTei, type TeiMention, type TeiNote } from "./tei-paragraph.js";

export interface ExportDocument {
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  citation: string | null;
  displayUrl: string | null;
  archivalReference: string | null;
  translator: string | null;
  originalLanguage: string | null;
  credits: string | null;
  paragraphs: Array<{ number: number; text: string; authorText: string; notes: TeiNote[] }>;
  people: Array<{
    slug: string;
    name: string;
    role: string;
    description: string;
    identified: boolean;
  }>;
  glossary: Array<{ slug: string; term: string; definition: string }>;
  /** Where people and terms are named: paragraph number, offsets into its text, and whom. */
  mentions: Array<{
    paragraphNumber: number;
    start: number;
    end: number;
    kind: "person" | "term";
    slug: string;
  }>;
}

// BCP 47 tags of the languages the archive's exports name.
const LANGUAGES: Record<string, string> = {
  albanian: "sq",
  bulgarian: "bg",
  chinese: "zh",
  czech: "cs",
  english: "en",
  french: "fr",
  german: "de",
  hungarian: "hu",
  japanese: "ja",
  korean: "ko",
  mongolian: "mn",
  polish: "pl",
  romanian: "ro",
  russian: "ru",
  serbian: "sr",
  slovak: "sk",
  spanish: "es",
  vietnamese: "vi",
};

/** The BCP 47 tag of a language named in English ("Russian" → "ru"); "und" when unknown. */
export const languageTag = (name: string | null): string =>
  LANGUAGES[(name ?? "").trim().toLowerCase()] ?? "und";

export const personId = (slug: string) => `person-${slug}`;
export const termId = (slug: string) => `term-${slug}`;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const longDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

/**
 * The archive and the reference within it, split where the reference proper begins (the first
 * word with a digit, or a fond): "AVPRF F. 0102, Op. 13, Delo 5" → AVPRF; "GARF, Fond 5446,
 * Opis 98c" → GARF; "PRC FMA 109-00828-05, 44-45" → PRC FMA.
 */
export function splitArchivalReference(reference: string | null): {
  archive: string | null;
  idno: string | null;
} {
  const words = (reference ?? "").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { archive: null, idno: null };
  const start = words.findIndex((word) => /\d/.test(word) || /^(f\.|fond)$/i.test(word));
  if (start === -1) return { archive: words.join(" "), idno: null };
  const archive = words
    .slice(0, start)
    .join(" ")
    .replace(/[,;:]$/, "");
  return { archive: archive || null, idno: words.slice(start).join(" ") };
}

function msIdentifier(doc: ExportDocument): string {
  const { archive, idno } = splitArchivalReference(doc.archivalReference);
  const parts = [
    archive && `<repository>${x(archive)}</repository>`,
    idno && `<idno>${x(idno)}</idno>`,
  ].filter(Boolean);
  if (!archive) parts.push(`<msName>${x(doc.title)}</msName>`);
  return `<msIdentifier>${parts.join("")}</msIdentifier>`;
}

function header(doc: ExportDocument, original: string): string {
  const resp = doc.translator
    ? `\n        <respStmt><resp>Translated by</resp><name>${x(doc.translator)}</name></respStmt>`
    : "";
  const bibl = [
    doc.citation ? x(doc.citation) : x(doc.title),
    doc.displayUrl ? ` <ptr target="${x(doc.displayUrl)}"/>` : "",
  ].join("");
  const languages = [
    `<language ident="en">English (this translation)</language>`,
    doc.originalLanguage && original !== "en"
      ? `<language ident="${original}">${x(doc.originalLanguage)} (the original)</language>`
      : "",
  ].join("");
  const people = doc.people.length
    ? `\n      <particDesc>\n        <listPerson>\n${doc.people
        .map(
          (p) =>
            `          <person xml:id="${x(personId(p.slug))}"><persName>${x(p.name)}</persName>` +
            `<note type="role">${x(p.role)}</note><note>${x(p.description)}</note>` +
            (p.identified
              ? ""
              : `<note type="identification">Not identified with certainty.</note>`) +
            `</person>`,
        )
        .join("\n")}\n        </listPerson>\n      </particDesc>`
    : "";
  return `  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>${x(doc.title)}</title>${resp}
      </titleStmt>
      <publicationStmt>
        <p>Encoded in TEI P5 from the Wilson Center Digital Archive's export of this record.${doc.credits ? ` ${x(doc.credits)}.` : ""}</p>
      </publicationStmt>
      <sourceDesc>
        <bibl>${bibl}</bibl>
        <msDesc>${msIdentifier(doc)}</msDesc>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <creation><date when="${x(doc.date)}">${longDate(doc.date)}</date></creation>
      <langUsage>${languages}</langUsage>${people}
    </profileDesc>
  </teiHeader>`;
}

/** The whole document as a TEI P5 file (UTF-8). */
export function documentToTei(doc: ExportDocument): string {
  const original = languageTag(doc.originalLanguage);
  const mentionsOf = (number: number): TeiMention[] =>
    doc.mentions
      .filter((m) => m.paragraphNumber === number)
      .map((m) => ({
        start: m.start,
        end: m.end,
        element: m.kind === "person" ? "persName" : "term",
        target: m.kind === "person" ? personId(m.slug) : termId(m.slug),
      }));
  const paragraphs = doc.paragraphs
    .map(
      (p) =>
        `        <p n="${p.number}" xml:id="p${p.number}">${paragraphToTei(p.text, p.notes, mentionsOf(p.number), original)}</p>`,
    )
    .join("\n");
  const back = doc.glossary.length
    ? `\n    <back>\n      <div type="glossary">\n        <head>Glossary</head>\n        <list type="gloss">\n${doc.glossary
        .map(
          (g) =>
            `          <label xml:id="${x(termId(g.slug))}">${x(g.term)}</label><item>${x(g.definition)}</item>`,
        )
        .join("\n")}\n        </list>\n      </div>\n    </back>`
    : "";
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
${header(doc, original)}
  <text xml:lang="en">
    <body>
      <div type="translation">
${paragraphs}
      </div>
    </body>${back}
  </text>
</TEI>
`;
}

/** The author's words alone, one ¶-numbered paragraph after another, under the title and citation. */
export function documentToText(doc: ExportDocument): string {
  const head = [doc.title, longDate(doc.date), doc.citation, doc.displayUrl].filter(
    (line): line is string => Boolean(line),
  );
  const body = doc.paragraphs.map((p) => `¶${p.number} ${p.authorText}`);
  return `${[head.join("\n"), "The author's words alone: the editorial notes are left out.", ...body].join("\n\n")}\n`;
}
