// CSV for spreadsheets (RFC 4180). Pure: no I/O.
//
// - The text starts with a UTF-8 byte-order mark, so Excel reads non-ASCII names correctly.
// - Every row, the last included, ends with CRLF; fields are separated by commas.
// - A field is quoted only when it must be: when it contains a comma, a double quote, CR or LF.
//   Double quotes inside a quoted field are doubled.
// - null and undefined are empty fields; so are NaN and the infinities.
// - Numbers are written as JavaScript prints them ("3", "0.5", "-1"); they are never altered
//   (callers round scores first).
// - Moments (Date) are written as "YYYY-MM-DD HH:MM" in the given IANA time zone (by default the
//   server's), 24-hour clock; an invalid Date is an empty field.
// - Text that a spreadsheet could take for a formula (first character =, +, -, @, tab or CR) gets a
//   leading single quote, so it shows as text (OWASP "CSV injection"). This applies to text such as
//   "-2" too: only values typed as numbers are written as numbers.

export type CsvCell = string | number | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The rows as CSV text: BOM first, CRLF after every row, formula-like text neutralized. */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
  options: { timeZone?: string } = {},
): string {
  const timeZone = options.timeZone ?? serverTimeZone();
  const cell = (value: CsvCell) => formatCell(value, timeZone);
  return "\uFEFF" + rows.map((row) => row.map(cell).join(",") + "\r\n").join("");
}

/** The server's own IANA time zone. */
export const serverTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

const minuteFormats = new Map<string, Intl.DateTimeFormat>();

/** "2025-03-12 09:05": the moment's date and time to the minute in the time zone. */
export function formatMinute(moment: Date, timeZone: string): string {
  let format = minuteFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    minuteFormats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** Text with a leading single quote when its first character could start a spreadsheet formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function formatCell(cell: CsvCell, timeZone: string): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : formatMinute(cell, timeZone);
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return quote(neutralizeCell(cell));
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
