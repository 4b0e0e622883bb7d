/**
 * The records of a CSV file (RFC 4180) as cell texts: quoted cells unquoted, with their commas,
 * doubled quotes and line breaks; a record ends at a line break outside quotes. A byte-order mark
 * and a final line break are dropped.
 */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    record.push(cell);
    cell = "";
  };
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (quoted && char === '"' && source[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += char;
    } else if (char === ",") {
      endCell();
    } else if (char === "\n" || (char === "\r" && source[i + 1] === "\n")) {
      if (char === "\r") i++;
      endCell();
      records.push(record);
      record = [];
    } else {
      cell += char;
    }
  }
  if (cell !== "" || record.length > 0) {
    endCell();
    records.push(record);
  }
  return records;
}
