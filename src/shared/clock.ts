/**
 * Today's date in Europe/Oslo: the one place the case work reads the calendar. Rules never do; commands
 * pass the date to them.
 */
import { Temporal } from 'temporal-polyfill';

/** The last day asked for, with the instants it runs from and until (its midnights in Oslo, in milliseconds). */
let lastDay: { readonly day: string; readonly from: number; readonly until: number } | undefined;

export function osloToday(now: Date = new Date()): string {
  const ms = now.getTime();
  // Every page and command asks; the time zone's arithmetic is done once a day, not once a request.
  if (lastDay !== undefined && ms >= lastDay.from && ms < lastDay.until) return lastDay.day;
  const date = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO('Europe/Oslo').toPlainDate();
  const from = date.toZonedDateTime('Europe/Oslo').epochMilliseconds;
  const until = date.add({ days: 1 }).toZonedDateTime('Europe/Oslo').epochMilliseconds;
  lastDay = { day: date.toString(), from, until };
  return lastDay.day;
}
