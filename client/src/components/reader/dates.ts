const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1957-11-13" → "13 November 1957" (no time zone can shift it). */
export function formatRecordDate(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number);
  return MONTHS[month - 1] && day ? `${day} ${MONTHS[month - 1]} ${year}` : isoDate;
}
