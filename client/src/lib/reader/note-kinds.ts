import type { NoteKind } from "./segments.js";

export interface NoteKindLabel {
  /** On the note's button, in the text. */
  badge: string;
  /** In words, at the top of the explanation. */
  name: string;
  /** One line on what this kind of note is. */
  about: string;
}

/** Each kind of editorial note in students' words. Colour and border style come from the CSS class `note--<kind>`. */
const NOTE_KINDS: Record<NoteKind, NoteKindLabel> = {
  SIC: {
    badge: "sic",
    name: "Correction (sic)",
    about: "The original has a mistake; the editor keeps it and gives the correct reading.",
  },
  INSERTION: {
    badge: "added",
    name: "Word added by the translator",
    about: "Not in the original: the translator supplied it so the sentence makes sense.",
  },
  ARCHIVAL_MARK: {
    badge: "mark",
    name: "Archival mark",
    about: "Stamps, handwriting, numbers and other marks on the archive's copy.",
  },
  ORIGINAL_LANGUAGE: {
    badge: "original",
    name: "Original language",
    about: "Words kept as they stand in the original language.",
  },
  OTHER: { badge: "note", name: "Editorial note", about: "A note the editors added to the text." },
};

export const noteKindLabel = (kind: string): NoteKindLabel =>
  NOTE_KINDS[kind as NoteKind] ?? NOTE_KINDS.OTHER;
