// Every error the API can answer with. Each layer throws AppError; one middleware turns it into JSON.
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'READ_ONLY'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TIMEOUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'BUSY'
  | 'QUERY_ERROR'
  | 'DATABASE_UNAVAILABLE'
  | 'INTERNAL';

const statusOf: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  READ_ONLY: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TIMEOUT: 408,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  BUSY: 429,
  QUERY_ERROR: 400,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly retryable: boolean;
  /** Sent as Retry-After: when it is worth asking again. */
  readonly retryAfterSeconds: number | undefined;
  /** Sent beside the message: for a 409, the current version of what the caller tried to change. */
  readonly current: unknown;

  constructor(code: ErrorCode, message: string, options: { retryable?: boolean; retryAfterSeconds?: number; cause?: unknown; current?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? code === 'DATABASE_UNAVAILABLE';
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.current = options.current;
  }

  get status(): number {
    return statusOf[this.code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; current?: unknown };
}

export function errorBody(error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, ...(error.current === undefined ? {} : { current: error.current }) } };
}
