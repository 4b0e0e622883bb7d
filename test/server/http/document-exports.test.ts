import fs from "node:fs";
import { JSDOM } from "jsdom";
import { beforeAll, describe, expect, it } from "vitest";
import { withTransaction } from "../../../server/src/core/database.js";
import { importDocument } from "../../../server/src/content/documents/document-import.service.js";
import { parseExport } from "../../../server/src/content/documents/export-parser.js";
import { DATABASE_KINDS } from "../../support/databases.js";
import { ROOT, serveForSuite } from "../../support/server.js";

const MAIN = "puzanov-kim-il-sung-1957-11-13";
const FIXTURE = fs.readFileSync(`${ROOT}test/fixtures/exports/test-telegram.txt`, "utf8");
const TEI_NS = "http://www.tei-c.org/ns/1.0";
const XML_NS = "http://www.w3.org/XML/1998/namespace";
/** Elements an editor adds: what is left when they are dropped must be the author's words. */
const EDITORIAL = new Set(["corr", "supplied", "note"]);
/** Every element the export may use; all in TEI P5 since 2.7 (2014). */
const ALLOWED = new Set(
  (
    "TEI teiHeader fileDesc titleStmt title respStmt resp name publicationStmt p sourceDesc bibl ptr " +
    "msDesc msIdentifier repository idno msName profileDesc creation date langUsage language " +
    "particDesc listPerson person persName note text body div back head list label item lb " +
    "choice sic corr supplied foreign term"
  ).split(" "),
);

const QUERY = /* GraphQL */ `
  query ($slug: String!) {
    document(slug: $slug) {
      title
      translator
      paragraphCount
      paragraphs {
        number
        authorText
      }
    }
  }
`;

/** The text of an element with every editorial element left out. */
function authorWords(node: Node): string {
  if (node.nodeType === node.TEXT_NODE) return node.nodeValue ?? "";
  if (node.nodeType !== node.ELEMENT_NODE || EDITORIAL.has((node as Element).localName)) return "";
  return [...node.childNodes].map(authorWords).join("");
}

const parseXml = (xml: string) =>
  new JSDOM(xml, { contentType: "application/xml" }).window.document;
const all = (root: Document | Element, name: string) => [
  ...root.getElementsByTagNameNS(TEI_NS, name),
];
const one = (root: Document | Element, name: string) => {
  const found = all(root, name);
  expect(found, name).toHaveLength(1);
  return found[0];
};
const path = (element: Element) => {
  const names: string[] = [];
  for (let e: Element | null = element; e; e = e.parentElement) names.unshift(e.localName);
  return names.join("/");
};

describe.each(DATABASE_KINDS)("GET /api/documents/{slug}.tei.xml and .txt, on %s", (kind) => {
  const suite = serveForSuite(kind);
  let second: string;
  beforeAll(async () => {
    second = (
      await withTransaction(suite.database.pool, (client) =>
        importDocument(client, parseExport(FIXTURE)),
      )
    ).slug;
  });
  const get = (path: string) => fetch(`${suite.server.url}${path}`);

  it.each([MAIN, "second"])(
    "serves %s as well-formed TEI whose paragraphs, editorial elements dropped, are the author's words",
    async (which) => {
      const slug = which === MAIN ? MAIN : second;
      const response = await get(`/api/documents/${slug}.tei.xml`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/tei+xml; charset=utf-8");
      const doc = parseXml(await response.text());
      const { document } = (await suite.server.gql(QUERY, { slug })).data;

      expect(doc.documentElement.localName).toBe("TEI");
      expect(doc.documentElement.namespaceURI).toBe(TEI_NS);
      for (const element of doc.getElementsByTagName("*")) {
        expect(element.namespaceURI).toBe(TEI_NS);
        expect(ALLOWED.has(element.localName), element.localName).toBe(true);
      }
      expect(one(one(doc, "titleStmt"), "title").textContent).toBe(document.title);
      expect(one(one(doc, "respStmt"), "name").textContent).toBe(document.translator);
      const msIdentifier = one(doc, "msIdentifier");
      expect(path(msIdentifier)).toBe("TEI/teiHeader/fileDesc/sourceDesc/msDesc/msIdentifier");
      expect(one(msIdentifier, "repository").textContent).toBe("AVPRF");
      one(msIdentifier, "idno");
      const languages = all(one(doc, "langUsage"), "language").map((l) => l.getAttribute("ident"));
      expect(languages).toContain("ru");
      expect(path(one(doc, "langUsage"))).toBe("TEI/teiHeader/profileDesc/langUsage");
      if (slug === MAIN) {
        expect(path(one(doc, "listPerson"))).toBe(
          "TEI/teiHeader/profileDesc/particDesc/listPerson",
        );
        expect(path(one(doc, "list"))).toBe("TEI/text/back/div/list");
        expect(one(doc, "list").getAttribute("type")).toBe("gloss");
      } else expect(all(doc, "particDesc")).toEqual([]);

      const paragraphs = all(one(doc, "body"), "p");
      expect(paragraphs).toHaveLength(document.paragraphCount);
      paragraphs.forEach((p, i) => {
        const expected = document.paragraphs[i];
        expect(path(p)).toBe("TEI/text/body/div/p");
        expect(p.getAttribute("n")).toBe(String(expected.number));
        expect(p.getAttributeNS(XML_NS, "id")).toBe(`p${expected.number}`);
        expect(authorWords(p), `¶${expected.number}`).toBe(expected.authorText);
      });

      const ids = new Set(
        [...doc.getElementsByTagName("*")].map((e) => e.getAttributeNS(XML_NS, "id")),
      );
      for (const pointer of [...all(doc, "persName"), ...all(doc, "term")].filter((e) =>
        e.hasAttribute("ref"),
      ))
        expect(ids.has(pointer.getAttribute("ref")!.replace(/^#/, "")), pointer.outerHTML).toBe(
          true,
        );
    },
  );

  it("writes every kind of editorial note in its TEI form, and escapes & < > \" '", async () => {
    const xml = await (await get(`/api/documents/${second}.tei.xml`)).text();
    expect(xml).toContain("interfering &amp; meddling");
    expect(xml).toContain("&quot;interference&quot; &lt;never&gt; helps");
    const doc = parseXml(xml);
    const p = (n: number) => all(doc, "p").find((e) => e.getAttributeNS(XML_NS, "id") === `p${n}`)!;
    expect(p(2).textContent).toContain(`interfering & meddling`);
    expect(authorWords(p(2))).toContain(`"interference" <never> helps, said the 'chairman'.`);
    const choice = one(p(2), "choice");
    expect(one(choice, "sic").textContent).toBe("chairman");
    expect(one(choice, "corr").textContent).toBe("secretary");
    expect(one(p(1), "note").getAttribute("type")).toBe("archival");
    expect(one(p(3), "supplied").textContent).toBe("to this");
    const original = all(p(3), "note").find((n) => n.getAttribute("type") === "original-language")!;
    expect(one(original, "foreign").getAttributeNS(XML_NS, "lang")).toBe("ru-Latn");
    expect(one(original, "foreign").textContent).toBe("nevmeshatelstvo vo vnutrenniye dela");
    const other = one(p(4), "note");
    expect([other.getAttribute("type"), other.textContent]).toEqual([
      "editorial",
      "text illegible",
    ]);
    expect(all(doc, "standOff")).toEqual([]);
  });

  it("serves the author's words alone as ¶-numbered plain text", async () => {
    const response = await get(`/api/documents/${second}.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await response.text();
    const { document } = (await suite.server.gql(QUERY, { slug: second })).data;
    for (const paragraph of document.paragraphs)
      expect(text).toContain(`\n\n¶${paragraph.number} ${paragraph.authorText}\n`);
    expect(text).toContain(`¶2 The delegation warned against interfering & meddling`);
    expect(text).not.toMatch(/\[sic|secretary|illegible/);
    expect(text.startsWith(`${document.title}\n`)).toBe(true);
  });

  it.each([
    "/api/documents/no-such-document.tei.xml",
    "/api/documents/no-such-document.txt",
    "/api/documents/Not%20A%20Slug.tei.xml",
  ])("answers 404 for %s", async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
  });
});
