import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors.ts';

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const timeoutCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);
const readOnlyCodes = new Set(['Neo.ClientError.Statement.AccessMode', 'Neo.ClientError.Security.Forbidden']);

/** Turns a driver error into an AppError; only Neo4j's own message for the query's own faults is passed on. */
export function fromDriverError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (!(error instanceof Neo4jError)) return new AppError('INTERNAL', 'Unexpected error while talking to Neo4j', { cause: error });
  const code = error.code;
  if (unavailableCodes.has(code) || code.startsWith('Neo.TransientError.Cluster')) {
    return new AppError('DATABASE_UNAVAILABLE', 'Neo4j is not reachable; try again shortly', { cause: error });
  }
  if (timeoutCodes.has(code) || code === 'Neo.TransientError.Transaction.Terminated') {
    return new AppError('TIMEOUT', 'The query ran past the time limit and was stopped', { cause: error });
  }
  if (code.startsWith('Neo.TransientError.General.MemoryPoolOutOfMemoryError') || code.includes('MemoryPoolOutOfMemory')) {
    return new AppError('QUERY_ERROR', 'The query needed more memory than one query may use and was stopped', { cause: error });
  }
  if (readOnlyCodes.has(code)) return new AppError('READ_ONLY', 'Only read queries are allowed', { cause: error });
  if (code.startsWith('Neo.ClientError.Security')) {
    return new AppError('DATABASE_UNAVAILABLE', 'The server could not authenticate with Neo4j; check NEO4J_USER and NEO4J_PASSWORD', { cause: error });
  }
  if (code.startsWith('Neo.ClientError.')) return new AppError('QUERY_ERROR', firstLine(error.message), { cause: error });
  return new AppError('DATABASE_UNAVAILABLE', 'Neo4j could not answer; try again shortly', { cause: error });
}

function firstLine(message: string): string {
  return message.split('\n').slice(0, 3).join('\n').slice(0, 1000);
}
