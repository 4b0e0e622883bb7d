import { describe, expect, it } from "vitest";
import {
  misconceptionsCsvUrl,
  namesList,
  newlyRisingAnnouncement,
  risingCount,
  studentsShowing,
} from "../../../../client/src/lib/teacher/misconceptions.js";

describe("the words for a class's misconceptions", () => {
  it("counts students out of the class", () => {
    expect(studentsShowing(2, 3)).toBe("2 of 3 students");
    expect(studentsShowing(1, 1)).toBe("1 of 1 student");
    expect(studentsShowing(1, 0)).toBe("1 student");
    expect(studentsShowing(4, 0)).toBe("4 students");
  });

  it("lists names as a sentence", () => {
    expect(namesList([])).toBe("");
    expect(namesList(["Ana"])).toBe("Ana");
    expect(namesList(["Ana", "Ben"])).toBe("Ana and Ben");
    expect(namesList(["Ana", "Ben", "Cai"])).toBe("Ana, Ben and Cai");
  });

  it("links the assignment's misconceptions CSV, its id escaped", () => {
    expect(misconceptionsCsvUrl("QXNz/1")).toBe("/api/assignments/QXNz%2F1/misconceptions.csv");
    expect(misconceptionsCsvUrl("A", "set-abc-v1")).toBe(
      "/api/assignments/A/misconceptions.csv?lesson=set-abc-v1",
    );
  });

  it("says how a rising misconception grew: who in the window, how many before", () => {
    expect(risingCount(["Ana", "Ben"], 1, 5)).toBe(
      "2 students in the last 5 minutes (Ana and Ben), 1 before",
    );
    expect(risingCount(["Cai"], 0, 5)).toBe("1 student in the last 5 minutes (Cai), none before");
  });

  it("announces only the misconceptions that were not rising before", () => {
    const entry = (id: string, name: string, students: number) => ({
      misconception: { id, name },
      recentStudents: Array.from({ length: students }, (_, i) => ({ name: `S${i}` })),
    });
    const speaker = entry("speaker", "Speaker is the author", 2);
    const date = entry("date", "Date of writing is the date of events", 1);
    expect(newlyRisingAnnouncement([], [], 5)).toBe("");
    expect(
      newlyRisingAnnouncement([speaker], [entry("speaker", "Speaker is the author", 4)], 5),
    ).toBe("");
    expect(newlyRisingAnnouncement([], [speaker], 5)).toBe(
      "Misconception rising: Speaker is the author, 2 students in the last 5 minutes",
    );
    expect(newlyRisingAnnouncement([speaker], [speaker, date], 5)).toBe(
      "Misconception rising: Date of writing is the date of events, 1 student in the last 5 minutes",
    );
    expect(newlyRisingAnnouncement([], [speaker, date], 10)).toBe(
      "Misconceptions rising: Speaker is the author, 2 students in the last 10 minutes; " +
        "Date of writing is the date of events, 1 student in the last 10 minutes",
    );
  });
});
