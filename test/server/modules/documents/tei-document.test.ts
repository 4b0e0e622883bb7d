import { describe, expect, it } from "vitest";
import { splitArchivalReference } from "../../../../server/src/modules/documents/tei-document.js";

describe("an archival reference in TEI's msIdentifier", () => {
  it.each([
    ["AVPRF F. 0102, Op. 13, Delo 5", "AVPRF", "F. 0102, Op. 13, Delo 5"],
    ["GARF, Fond 5446, Opis 98c", "GARF", "Fond 5446, Opis 98c"],
    ["PRC FMA 109-00828-05, 44-45", "PRC FMA", "109-00828-05, 44-45"],
    ["Private collection", "Private collection", null],
    ["109-00828-05", null, "109-00828-05"],
    [null, null, null],
  ])("splits %j into the repository and the reference", (reference, archive, idno) => {
    expect(splitArchivalReference(reference)).toEqual({ archive, idno });
  });
});
