/**
 * A document's citation in Chicago (notes and bibliography), MLA (9th ed.) and APA (7th ed.)
 * forms, with its URL and the date it was accessed. Pure: the access date is passed in.
 */

export interface CitableDocument {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  archivalReference: string | null;
  translator: string | null;
  displayUrl: string | null;
}

export interface CitationForms {
  chicago: string;
  mla: string;
  apa: string;
}

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
const MLA_MONTHS = [
  "Jan.",
  "Feb.",
  "Mar.",
  "Apr.",
  "May",
  "June",
  "July",
  "Aug.",
  "Sept.",
  "Oct.",
  "Nov.",
  "Dec.",
];

const parts = (iso: string) => iso.split("-").map(Number) as [number, number, number];
const isoOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
const chicagoDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
};
const mlaDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${d} ${MLA_MONTHS[m - 1]} ${y}`;
};
const apaDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${y}, ${MONTHS[m - 1]} ${d}`;
};
/** "Gary Goldberg" → "G. Goldberg" (APA's translator). */
const initialled = (name: string) => {
  const words = name.trim().split(/\s+/);
  const last = words.pop() ?? "";
  return [...words.map((w) => `${w[0]}.`), last].join(" ");
};
const ARCHIVE = "Wilson Center Digital Archive";
const withoutEndStop = (text: string) => text.replace(/[.\s]+$/, "");

/** The three forms, accessed on `accessed` (the reader's today). */
export function citationForms(doc: CitableDocument, accessed: Date): CitationForms {
  const title = withoutEndStop(doc.title);
  const reference = doc.archivalReference ? `${withoutEndStop(doc.archivalReference)}. ` : "";
  const today = isoOf(accessed);
  const url = doc.displayUrl;
  const chicago =
    `"${title}," ${chicagoDate(doc.date)}. ${reference}` +
    (doc.translator ? `Translated by ${doc.translator}. ` : "") +
    `${ARCHIVE}. Accessed ${chicagoDate(today)}.` +
    (url ? ` ${url}.` : "");
  const mla =
    `"${title}." ${mlaDate(doc.date)}. ${reference}` +
    (doc.translator ? `Translated by ${doc.translator}. ` : "") +
    (url ? `${ARCHIVE}, ${url.replace(/^https?:\/\//, "")}. ` : `${ARCHIVE}. `) +
    `Accessed ${mlaDate(today)}.`;
  const apa =
    `${title}. (${apaDate(doc.date)}). ` +
    (doc.translator ? `(${initialled(doc.translator)}, Trans.). ` : "") +
    reference +
    `${ARCHIVE}. ` +
    (url ? `Retrieved ${chicagoDate(today)}, from ${url}` : `Retrieved ${chicagoDate(today)}.`);
  return { chicago, mla, apa };
}
