import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError, errorBody } from '../errors.ts';

export const unknownApiRoute: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `No API route ${req.method} ${req.originalUrl.split('?')[0]}; see /api/openapi.json`));
};

/** The last middleware: every error leaves as {error:{code, message}}, never as HTML or a stack trace. */
export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error);
  if (appError.code === 'INTERNAL') req.log?.error({ err: error }, 'unhandled error');
  else req.log?.info({ code: appError.code }, appError.message);
  res.locals.errorCode = appError.code; // for the error counter in /metrics
  if (res.headersSent) return;
  if (appError.retryAfterSeconds !== undefined) res.set('Retry-After', String(appError.retryAfterSeconds));
  res.status(appError.status).json(errorBody(appError));
};

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const type = (error as { type?: string }).type;
  if (type === 'entity.too.large') {
    const limit = (error as { limit?: number }).limit ?? 64 * 1024;
    const size = limit >= 1024 * 1024 ? `${Math.round(limit / (1024 * 1024))} MB` : `${Math.round(limit / 1024)} kB`;
    return new AppError('PAYLOAD_TOO_LARGE', `The request body is larger than the ${size} allowed`);
  }
  if (type === 'entity.parse.failed') return new AppError('BAD_REQUEST', 'The request body is not valid JSON');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return new AppError('BAD_REQUEST', 'The request body must be UTF-8 JSON');
  if ((error as { status?: number }).status === 400) return new AppError('BAD_REQUEST', 'The request is malformed');
  return new AppError('INTERNAL', 'Internal error; the server log has the details');
}
