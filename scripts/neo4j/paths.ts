import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '..', '..');
/** Git-ignored: resolved jars, the local server's home and its credentials. */
export const neo4jRoot = join(projectRoot, '.neo4j');
export const devServerHome = join(neo4jRoot, 'server');
export const credentialsFile = join(neo4jRoot, 'credentials.json');
