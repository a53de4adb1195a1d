// Dates as the documents give them ('2016', '2016-02', '2016-02-04') and the span of days each covers. The server
// validates time windows with these, the client places timeline items with them; docs/data-model.md § Time.

/** A year, a month or a day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const DATE_TEXT_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?$/;

type DatePrecision = 'year' | 'month' | 'day';

/** The first and last day a date text covers, as `YYYY-MM-DD`. */
export interface DateSpan {
  from: string;
  to: string;
  precision: DatePrecision;
}

function isoDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date;
}

function text(date: Date): string {
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/** The span of a date text, or undefined when it is not a real year, month or day ('2016-02-30', '2016-13'). */
export function dateSpan(value: string): DateSpan | undefined {
  if (!DATE_TEXT_PATTERN.test(value)) return undefined;
  const [year, month, day] = value.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (month === undefined) return { from: text(isoDay(year, 0, 1)), to: text(isoDay(year, 11, 31)), precision: 'year' };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { from: text(isoDay(year, month - 1, 1)), to: text(isoDay(year, month, 0)), precision: 'month' };
  const date = isoDay(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1 || day < 1) return undefined;
  return { from: text(date), to: text(date), precision: 'day' };
}
