/**
 * Calendar-day arithmetic on day numbers (days since 1970-01-01, UTC), without the clock.
 *
 * @packageDocumentation
 */

const MS_PER_DAY = 86_400_000;

/** Day number of a calendar date (month 1–12). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day number plus `days`. */
export function addDays(day: number, days: number): number {
  return day + days;
}

/** Day number of an ISO `YYYY-MM-DD` date (the caller has validated the format). */
export function parseDay(date: string): number {
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}
