import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { risingMisconceptions, type TimedSighting } from "../../../server/src/grading/index.js";

const seen = (misconception: string, studentId: string, itemId: string, recent: boolean) =>
  ({ misconception, studentId, itemId, recent }) satisfies TimedSighting;
const CATALOGUE = ["speaker", "date", "author"];
const ITEMS = ["q1", "q2", "q3"];

describe("which misconceptions are rising now", () => {
  it("rises when more students show it in the window than only before it", () => {
    const rising = risingMisconceptions(
      [
        seen("speaker", "ann", "q1", true),
        seen("speaker", "bo", "q2", true),
        seen("speaker", "cy", "q1", false),
        seen("date", "ann", "q3", true),
        seen("date", "bo", "q3", false),
        seen("author", "cy", "q2", false),
      ],
      CATALOGUE,
      ITEMS,
    );
    expect(rising).toEqual([
      {
        misconception: "speaker",
        recentStudentIds: ["ann", "bo"],
        earlierStudentIds: ["cy"],
        items: [
          { itemId: "q1", studentIds: ["ann"] },
          { itemId: "q2", studentIds: ["bo"] },
        ],
      },
    ]);
  });

  it("a student with one answer in the window and one before counts as recent only", () => {
    const rising = risingMisconceptions(
      [seen("date", "ann", "q1", false), seen("date", "ann", "q2", true)],
      CATALOGUE,
      ITEMS,
    );
    expect(rising).toEqual([
      {
        misconception: "date",
        recentStudentIds: ["ann"],
        earlierStudentIds: [],
        items: [{ itemId: "q2", studentIds: ["ann"] }],
      },
    ]);
  });

  it("nothing rises without recent answers; ties go by lead, then the catalogue", () => {
    expect(risingMisconceptions([seen("date", "ann", "q1", false)], CATALOGUE, ITEMS)).toEqual([]);
    const order = risingMisconceptions(
      [
        seen("author", "ann", "q1", true),
        seen("author", "bo", "q1", true),
        seen("date", "ann", "q2", true),
        seen("date", "bo", "q2", true),
        seen("date", "cy", "q2", false),
        seen("speaker", "ann", "q3", true),
        seen("speaker", "bo", "q3", true),
      ],
      CATALOGUE,
      ITEMS,
    ).map((r) => r.misconception);
    expect(order).toEqual(["speaker", "author", "date"]);
  });

  it("every rising entry has more recent than earlier students, and they never overlap", () => {
    const sighting = fc.record({
      misconception: fc.constantFrom(...CATALOGUE),
      studentId: fc.constantFrom("a", "b", "c", "d"),
      itemId: fc.constantFrom(...ITEMS),
      recent: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(sighting, { maxLength: 30 }), (sightings) => {
        for (const r of risingMisconceptions(sightings, CATALOGUE, ITEMS)) {
          expect(r.recentStudentIds.length).toBeGreaterThan(r.earlierStudentIds.length);
          expect(r.recentStudentIds.filter((id) => r.earlierStudentIds.includes(id))).toEqual([]);
          const all = new Set(
            sightings.filter((s) => s.misconception === r.misconception).map((s) => s.studentId),
          );
          expect(r.recentStudentIds.length + r.earlierStudentIds.length).toBe(all.size);
        }
      }),
    );
  });
});
