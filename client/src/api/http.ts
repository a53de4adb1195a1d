// The one place that talks HTTP: JSON in, JSON out, every failure turned into an ApiError with a readable message.
import { underBase } from '../base-path.ts';

/** An error answer from the API ({error:{code,message}}), or a network failure dressed the same way. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  /** With a 409: the current version of what the request tried to change. */
  readonly current: unknown;

  constructor(code: string, message: string, status: number, current?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.current = current;
  }
}

type ActivityListener = (inFlight: number) => void;
const listeners = new Set<ActivityListener>();
let inFlight = 0;

/** Called with the number of requests under way whenever it changes (drives the progress indicator). */
export function onActivity(listener: ActivityListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setInFlight(delta: number): void {
  inFlight += delta;
  for (const listener of listeners) listener(inFlight);
}

const TOKEN_KEY = 'dprk-explorer.apiToken';

/** An API token, when the server requires one (kept for this browser tab only). */
export function setApiToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

function apiToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export type QueryValue = string | number | boolean | undefined | readonly string[];

/** `/api/x` plus a query string; empty values and empty lists are left out. */
export function buildUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string; current?: unknown } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string';
}

export interface RequestOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  /** Answer the body as text (a file download: STIX, GraphML, CSV) rather than parsed JSON. */
  text?: true;
}

export async function request<T>(url: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = apiToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  setInFlight(+1);
  try {
    let response: Response;
    try {
      response = await fetch(underBase(url), {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('NETWORK', 'Could not reach the server. Check that it is running and try again.', 0);
    }
    let body: unknown;
    const text = await response.text();
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
    }
    if (!response.ok) {
      if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message, response.status, body.error.current);
      const reason = response.statusText ? ` ${response.statusText}` : '';
      throw new ApiError(`HTTP_${response.status}`, `The server answered ${response.status}${reason}.`, response.status);
    }
    if (options.text) return text as T;
    if (body === undefined) throw new ApiError('BAD_RESPONSE', 'The server sent an answer that could not be read.', response.status);
    return body as T;
  } finally {
    setInFlight(-1);
  }
}

/** A readable one-line message for any error (never a stack trace). */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof DOMException && error.name === 'AbortError') return 'Cancelled.';
  return 'Something went wrong. Please try again.';
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
