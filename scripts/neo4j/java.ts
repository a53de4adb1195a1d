import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JAVA_MAJOR_REQUIRED, NEO4J_VERSION } from './version.ts';

export interface JavaRuntime {
  bin: string;
  major: number;
}

function majorOf(bin: string): number | undefined {
  // `java -XshowSettings` reports on stderr.
  const result = spawnSync(bin, ['-XshowSettings:properties', '-version'], { encoding: 'utf8' });
  return result.status === 0 ? parseMajor(result.stderr) : undefined;
}

function parseMajor(text: string): number | undefined {
  const match = /java\.specification\.version = (\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

function defaultCandidates(): string[] {
  const bins: string[] = [];
  if (process.env.JAVA_HOME) bins.push(join(process.env.JAVA_HOME, 'bin', 'java'));
  bins.push('java');
  const jvmRoot = '/usr/lib/jvm';
  if (existsSync(jvmRoot)) {
    for (const name of readdirSync(jvmRoot).sort().reverse()) bins.push(join(jvmRoot, name, 'bin', 'java'));
  }
  return bins;
}

/** The first Java on this machine that the pinned Neo4j runs on: JAVA_HOME, then PATH, then /usr/lib/jvm. */
export function findJava(candidates: string[] = defaultCandidates()): JavaRuntime {
  const seen: string[] = [];
  for (const bin of candidates) {
    const major = majorOf(bin);
    if (major === undefined) continue;
    if (major >= JAVA_MAJOR_REQUIRED) return { bin, major };
    seen.push(`Java ${major} (${bin})`);
  }
  const found = seen.length ? `found only ${seen.join(', ')}` : 'found no Java at all';
  throw new Error(
    `Neo4j ${NEO4J_VERSION} needs Java ${JAVA_MAJOR_REQUIRED} or newer; ${found}. ` +
      `Install one (e.g. 'apt-get install openjdk-21-jre-headless') or point JAVA_HOME at it.`,
  );
}
