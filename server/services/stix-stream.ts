// Reads a STIX bundle from a byte stream one object at a time (stream-json's tokenizer), so a bundle the size of all of
// ATT&CK never sits in memory as text, as a whole parsed tree and as a checked copy at once. Only the operator's own
// files come this way (npm run import); the API takes a bounded JSON body instead (docs/stix.md says why).
import type { Readable } from 'node:stream';
import { parser, type Token } from 'stream-json/parser.js';
import Assembler from 'stream-json/assembler.js';
import { BundleError, readBundle } from './stix-map.ts';

/**
 * Hands each element of the bundle's `objects` to `onObject` as soon as it is read, and answers the bundle's id.
 * Throws a BundleError when the text is not JSON, ends early, or is not an object with "type": "bundle" and an
 * `objects` list.
 */
export async function readBundleStream(input: Readable, onObject: (value: unknown, index: number) => void): Promise<{ id: string | undefined; count: number }> {
  const tokens = input.pipe(parser.asStream({ packValues: true, streamValues: false }));
  input.once('error', (error) => tokens.destroy(error));
  const top: Record<string, unknown> = {};
  let state: 'start' | 'key' | 'value' | 'objects' | 'end' = 'start';
  let key = '';
  let skipDepth = 0;
  let element: Assembler | undefined;
  let count = 0;
  try {
    for await (const token of tokens as AsyncIterable<Token>) {
      if (state === 'start') {
        if (token.name !== 'startObject') throw new BundleError('Not a STIX bundle: expected a JSON object with "type": "bundle"');
        state = 'key';
      } else if (state === 'key') {
        if (token.name === 'endObject') state = 'end';
        else if (token.name === 'keyValue') {
          key = String(token.value);
          state = 'value';
        }
      } else if (state === 'value') {
        if (skipDepth === 0 && key === 'objects') {
          if (token.name !== 'startArray') throw new BundleError('Not a STIX bundle: objects: objects must be a list');
          top.objects = true;
          state = 'objects';
          continue;
        }
        // Other members: only scalars are kept (type, id); nested values are passed over without being built.
        if (token.name === 'startObject' || token.name === 'startArray') skipDepth += 1;
        else if (token.name === 'endObject' || token.name === 'endArray') skipDepth -= 1;
        else if (skipDepth === 0) top[key] = 'value' in token ? token.value : undefined;
        if (skipDepth === 0) state = 'key';
      } else if (state === 'objects') {
        if (!element && token.name === 'endArray') {
          state = 'key';
          continue;
        }
        element ??= new Assembler();
        element.consume(token);
        if (element.done) {
          onObject(element.current, count);
          count += 1;
          element = undefined;
        }
      }
    }
  } catch (error) {
    if (error instanceof BundleError) throw error;
    const { message, code } = error as NodeJS.ErrnoException;
    if (code) throw new BundleError(`cannot read: ${message}`);
    // stream-json says "Parser has expected …" when the text stops inside a value: a cut-off file.
    if (message.startsWith('Parser has expected')) throw new BundleError(`not JSON: the text ends before the bundle does (${message})`);
    throw new BundleError(`not JSON: ${message}`);
  } finally {
    tokens.destroy();
  }
  if (state !== 'end') throw new BundleError('not JSON: the text ends before the bundle does');
  // The bundle's own members are checked as readBundle checks a parsed bundle; its objects were checked one by one.
  const { id } = readBundle({ type: top.type, id: top.id, objects: top.objects ? [] : undefined });
  return { id, count };
}
