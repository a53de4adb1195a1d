// The days of a time window as the queries compare them.

/** First and last day (YYYY-MM-DD) of a time window. */
export interface WindowDays {
  from: string;
  to: string;
}

/** The whole calendar: what the queries compare with when no window is asked for. */
export const NO_WINDOW: WindowDays = { from: '0001-01-01', to: '9999-12-31' };

export function isWholeCalendar(window: WindowDays): boolean {
  return window.from === NO_WINDOW.from && window.to === NO_WINDOW.to;
}
