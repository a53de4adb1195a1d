// Time windows on neighbourhoods, paths and search (docs/data-model.md § Time): the days a window covers, and what
// the answer says about it (which elements are undated, and why it holds nothing dated when it does not).
import { dateSpan } from '../../contract/time.ts';
import type { TimeWindow } from '../../contract/api.ts';
import { NO_WINDOW, type WindowDays } from '../db/window.ts';

export interface WindowQuery {
  since?: string | undefined;
  until?: string | undefined;
}

/** The first and last day of the window (validation has already checked both dates and their order). */
export function windowDays({ since, until }: WindowQuery): WindowDays {
  return { from: since ? dateSpan(since)!.from : NO_WINDOW.from, to: until ? dateSpan(until)!.to : NO_WINDOW.to };
}

export function isWindowed({ since, until }: WindowQuery): boolean {
  return since !== undefined || until !== undefined;
}

/** An element of an answer: node or relationship, with its properties as the API sends them. */
interface Element {
  id: string;
  properties: Record<string, unknown>;
}

export function isDated(element: Element): boolean {
  return typeof element.properties.timeFrom === 'string';
}

function windowText({ since, until }: WindowQuery): string {
  if (since && until) return since === until ? since : `${since} to ${until}`;
  return since ? `since ${since}` : `until ${until}`;
}

/** The window as the answer reports it; `emptyNote` says why nothing dated is left, when nothing is. */
export function describeWindow(query: WindowQuery, elements: Element[], emptyNote: (window: string) => string): TimeWindow {
  const days = windowDays(query);
  const undated = elements.filter((element) => !isDated(element)).map((element) => element.id);
  const anyDated = elements.length > undated.length;
  return {
    ...(query.since ? { since: query.since } : {}),
    ...(query.until ? { until: query.until } : {}),
    from: days.from,
    to: days.to,
    undated,
    ...(anyDated ? {} : { note: emptyNote(windowText(query)) }),
  };
}
