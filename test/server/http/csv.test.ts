import { describe, expect, it } from "vitest";
import { formatMinute, neutralizeCell, toCsv } from "../../../server/src/http/csv.js";

const BOM = "\uFEFF";
/** The CSV of a single row, without the BOM and the final CRLF. */
const line = (...cells: Array<string | number | null | undefined>) => toCsv([cells]).slice(1, -2);

describe("toCsv", () => {
  it("starts with a BOM and ends every row, the last included, with CRLF", () => {
    expect(
      toCsv([
        ["name", "score"],
        ["Ann", 3],
        ["Bo", 0.5],
      ]),
    ).toBe(`${BOM}name,score\r\nAnn,3\r\nBo,0.5\r\n`);
    expect(toCsv([])).toBe(BOM);
    expect(toCsv([[]])).toBe(`${BOM}\r\n`);
  });

  it("quotes fields with commas, double quotes, CR or LF, doubling the quotes", () => {
    expect(line("Kim, Il Sung")).toBe('"Kim, Il Sung"');
    expect(line('say "hi"')).toBe('"say ""hi"""');
    expect(line('"')).toBe('""""');
    expect(line("two\nlines")).toBe('"two\nlines"');
    expect(line("two\r\nlines")).toBe('"two\r\nlines"');
    expect(line("a\rb")).toBe('"a\rb"');
    expect(line("plain text", "semi;colon", "it's")).toBe("plain text,semi;colon,it's");
  });

  it("writes null, undefined and empty text as empty fields", () => {
    expect(line(null, undefined, "", "x")).toBe(",,,x");
    expect(line(null)).toBe("");
  });

  it("writes numbers plainly and never neutralizes them", () => {
    expect(line(3, 0, 2.5, 0.25, 1000000, -1, -0)).toBe("3,0,2.5,0.25,1000000,-1,0");
    expect(line(10.0, 7 / 2)).toBe("10,3.5");
    expect(line(Number.NaN, Number.POSITIVE_INFINITY)).toBe(",");
  });

  it("neutralizes formula-like text, inside the quotes when the field is quoted", () => {
    expect(line('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(line("=1+1")).toBe("'=1+1");
    expect(line("+1")).toBe("'+1");
    expect(line("-2+3")).toBe("'-2+3");
    expect(line("@SUM(1)")).toBe("'@SUM(1)");
    expect(line("\t=1")).toBe("'\t=1");
    expect(line("\r=1")).toBe(`"'\r=1"`);
    expect(line("-2", -2)).toBe("'-2,-2");
  });

  it("leaves text alone when the formula character is not first", () => {
    expect(line("a=b", "1+1", "x@y.org", "well -- fine", " =1")).toBe(
      "a=b,1+1,x@y.org,well -- fine, =1",
    );
  });

  it("keeps non-ASCII text intact", () => {
    expect(toCsv([["김일성", "Пузанов", "Ким Ир Сен", "🎓📜", "Sŏ Hwi"]])).toBe(
      `${BOM}김일성,Пузанов,Ким Ир Сен,🎓📜,Sŏ Hwi\r\n`,
    );
    expect(line("Пузанов, А. М.")).toBe('"Пузанов, А. М."');
  });
});

describe("neutralizeCell", () => {
  it("prefixes a single quote for each formula start character", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(neutralizeCell(`${start}x`)).toBe(`'${start}x`);
  });

  it("returns other text unchanged", () => {
    for (const text of ["", "x", "'=already", " =1", "1-2", "김일성", "🎓"])
      expect(neutralizeCell(text)).toBe(text);
  });

  it("writes moments to the minute in the given time zone, invalid ones as empty fields", () => {
    const moment = new Date("2025-03-12T23:59:59.999Z");
    expect(toCsv([[moment]], { timeZone: "UTC" })).toBe(`${BOM}2025-03-12 23:59\r\n`);
    expect(toCsv([[moment]], { timeZone: "Asia/Seoul" })).toBe(`${BOM}2025-03-13 08:59\r\n`);
    expect(toCsv([[moment, new Date(Number.NaN)]], { timeZone: "America/New_York" })).toBe(
      `${BOM}2025-03-12 19:59,\r\n`,
    );
    expect(formatMinute(new Date("2025-01-01T00:05:00Z"), "UTC")).toBe("2025-01-01 00:05");
    expect(toCsv([[moment]])).toMatch(/^\uFEFF\d{4}-\d\d-\d\d \d\d:\d\d\r\n$/);
  });
});
