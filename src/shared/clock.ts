/**
 * Today's date in Europe/Oslo: the one place the case work reads the calendar. Rules never do; commands
 * pass the date to them.
 */
import { Temporal } from 'temporal-polyfill';

export function osloToday(now: Date = new Date()): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO('Europe/Oslo').toPlainDate().toString();
}
