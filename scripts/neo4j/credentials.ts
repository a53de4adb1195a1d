import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { credentialsFile } from './paths.ts';

export interface Credentials {
  user: string;
  password: string;
}

/** The local server's password, generated on first use and kept in the git-ignored .neo4j folder. */
export function localCredentials(): Credentials {
  if (existsSync(credentialsFile)) return JSON.parse(readFileSync(credentialsFile, 'utf8')) as Credentials;
  const credentials = { user: 'neo4j', password: randomBytes(18).toString('base64url') };
  mkdirSync(dirname(credentialsFile), { recursive: true });
  writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
