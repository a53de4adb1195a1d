// The view's time window: dates of any precision at either end, as the API takes them (since, until).
import { dateSpan } from '../../../contract/time.ts';

export interface TimeWindow {
  since?: string | undefined;
  until?: string | undefined;
}

/** First and last day of the window; an open end reaches the first or last day there is. */
export function windowDays(window: TimeWindow): { from: string; to: string } {
  return {
    from: (window.since && dateSpan(window.since)?.from) || '0001-01-01',
    to: (window.until && dateSpan(window.until)?.to) || '9999-12-31',
  };
}

export function windowText({ since, until }: TimeWindow): string {
  if (since && until) return since === until ? since : `${since} to ${until}`;
  return since ? `since ${since}` : `until ${until}`;
}

/** A window read from the URL: each end a real date, and the start not after the end; otherwise no window. */
export function validWindow(since: string | null, until: string | null): TimeWindow | undefined {
  const window: TimeWindow = {};
  if (since && dateSpan(since)) window.since = since;
  if (until && dateSpan(until)) window.until = until;
  if (!window.since && !window.until) return undefined;
  const days = windowDays(window);
  return days.from <= days.to ? window : undefined;
}

/** Whether an element's span (its timeFrom and timeTo properties) overlaps the window; undefined when undated. */
export function inWindow(properties: Record<string, unknown>, window: TimeWindow): boolean | undefined {
  const from = properties.timeFrom;
  if (typeof from !== 'string') return undefined;
  const to = typeof properties.timeTo === 'string' ? properties.timeTo : '9999-12-31';
  const days = windowDays(window);
  return from <= days.to && to >= days.from;
}
