/** Dates and times as people read them, and as datetime-local inputs take them. Pure: no I/O. */
import { keptDateFormat } from "./kept-formats.js";
import { LESSON_LOCALE } from "./locale.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** A date and time in the reader's own locale and time zone, e.g. "12 Mar 2025, 09:00". */
export function formatDateTime(iso: string, locale?: string): string {
  return keptDateFormat("date-time", locale, { dateStyle: "medium", timeStyle: "short" }).format(
    new Date(iso),
  );
}

/** "Friday 14 March 2025, 15:00" in the reader's own time zone. */
export function formatDue(iso: string, locale = LESSON_LOCALE): string {
  return keptDateFormat("due", locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** "1957-11-13" → "13 November 1957" (no time zone can shift it). */
export function formatRecordDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return MONTHS[month - 1] && day ? `${day} ${MONTHS[month - 1]} ${year}` : isoDate;
}

/** An ISO instant as a datetime-local input's value ("2025-03-12T09:00") in the browser's time zone. */
export function toDateTimeLocal(iso: string | null | undefined): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO instant; null when empty or not a date. */
export function fromDateTimeLocal(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
