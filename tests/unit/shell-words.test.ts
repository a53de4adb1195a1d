import { describe, expect, it } from 'vitest';
import { shellWords } from '../../scripts/neo4j/local-server.ts';

describe('shellWords', () => {
  it('splits the dry-run command of bin/neo4j, keeping quoted paths with spaces whole', () => {
    const line = '/usr/bin/java -cp "/tmp/sp ace/conf/*:lib/a.jar" -Xmx1g org.neo4j.server.Neo4jCommunity "--home-dir=/tmp/sp ace" --console-mode';
    expect(shellWords(line)).toEqual([
      '/usr/bin/java',
      '-cp',
      '/tmp/sp ace/conf/*:lib/a.jar',
      '-Xmx1g',
      'org.neo4j.server.Neo4jCommunity',
      '--home-dir=/tmp/sp ace',
      '--console-mode',
    ]);
  });

  it('handles single quotes, escapes and empty quoted words', () => {
    expect(shellWords(`a 'b c' d\\ e "" "f\\"g"`)).toEqual(['a', 'b c', 'd e', '', 'f"g']);
  });
});
