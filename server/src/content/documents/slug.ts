// Document slugs. Pure: no I/O.

const ASCII_FOLD: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};

/** Stable kebab-case ASCII slug from a title and an ISO date. */
export function slugFor(title: string, date: string): string {
  const ascii = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (c) => ASCII_FOLD[c] ?? "");
  let slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (slug.length > 60) {
    const cut = slug.slice(0, 61);
    const boundary = cut.lastIndexOf("-");
    slug = (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, 60)).replace(/-+$/, "");
  }
  const datePart = date
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return [slug || "document", datePart].filter((p) => p.length > 0).join("-");
}
