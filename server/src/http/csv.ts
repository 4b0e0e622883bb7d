// CSV for spreadsheets (RFC 4180). Pure: no I/O.
//
// - The text starts with a UTF-8 byte-order mark, so Excel reads non-ASCII names correctly.
// - Every row, the last included, ends with CRLF; fields are separated by commas.
// - A field is quoted only when it must be: when it contains a comma, a double quote, CR or LF.
//   Double quotes inside a quoted field are doubled.
// - null and undefined are empty fields; so are NaN and the infinities.
// - Numbers are written as JavaScript prints them ("3", "0.5", "-1"); they are never altered.
// - Text that a spreadsheet could take for a formula (first character =, +, -, @, tab or CR) gets a
//   leading single quote, so it shows as text (OWASP "CSV injection"). This applies to text such as
//   "-2" too: only values typed as numbers are written as numbers.

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The rows as CSV text: BOM first, CRLF after every row, formula-like text neutralized. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>): string {
  return "\uFEFF" + rows.map((row) => row.map(formatCell).join(",") + "\r\n").join("");
}

/** Text with a leading single quote when its first character could start a spreadsheet formula. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function formatCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return quote(neutralizeCell(cell));
}

function quote(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
