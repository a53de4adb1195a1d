import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJava } from '../../scripts/neo4j/java.ts';

/** A stand-in `java` that reports the given specification version the way `java -XshowSettings` does. */
function fakeJava(major: number): string {
  const bin = join(mkdtempSync(join(tmpdir(), 'java-')), 'java');
  writeFileSync(bin, `#!/bin/sh\necho "    java.specification.version = ${major}" >&2\n`);
  chmodSync(bin, 0o755);
  return bin;
}

describe('findJava', () => {
  it('takes the first Java new enough for Neo4j', () => {
    const old = fakeJava(17);
    const current = fakeJava(25);
    expect(findJava([old, current])).toEqual({ bin: current, major: 25 });
  });

  it('names the Java found and the one needed when all are too old', () => {
    const old = fakeJava(17);
    expect(() => findJava([old, '/nonexistent/java'])).toThrow(`Neo4j 2026.08.1 needs Java 21 or newer; found only Java 17 (${old})`);
  });

  it('says so when there is no Java at all', () => {
    expect(() => findJava(['/nonexistent/java'])).toThrow(/found no Java at all.*openjdk-21/);
  });
});
