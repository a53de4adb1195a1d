// Source documents by id. Filled from every response that carries SourceRefs; unknown ids are asked of /api/sources.
import { SOURCES_PER_REQUEST } from '../../../contract/limits.ts';
import { getSources } from './endpoints.ts';
import type { SourceRef } from './types.ts';

const known = new Map<string, SourceRef>();
const pending = new Map<string, Promise<void>>();

export function rememberSources(refs: readonly SourceRef[] | undefined): void {
  for (const ref of refs ?? []) known.set(ref.id, ref);
}

/** Every source seen so far in this page: those a claim form offers to cite. */
export function knownSources(): SourceRef[] {
  return [...known.values()];
}

/** Asks the API for the sources not yet known, in one request; an id it does not know is shown as itself. */
async function lookUp(ids: string[]): Promise<void> {
  try {
    for (let start = 0; start < ids.length; start += SOURCES_PER_REQUEST) {
      rememberSources((await getSources(ids.slice(start, start + SOURCES_PER_REQUEST))).sources);
    }
  } catch {
    // Shown by id when the documents cannot be fetched now; the next call asks again.
  }
}

export async function resolveSources(ids: readonly string[]): Promise<SourceRef[]> {
  const wanted = [...new Set(ids)];
  const missing = wanted.filter((id) => !known.has(id) && !pending.has(id));
  if (missing.length > 0) {
    const lookup = lookUp(missing).finally(() => {
      for (const id of missing) pending.delete(id);
    });
    for (const id of missing) pending.set(id, lookup);
  }
  await Promise.all(wanted.map((id) => pending.get(id)));
  return wanted.map((id) => known.get(id) ?? { id, name: id });
}

/** "Title — Publisher, 2018-09-06 (indictment)" */
export function describeSource(ref: SourceRef): { title: string; meta: string } {
  const meta = [ref.publisher, ref.date].filter(Boolean).join(', ');
  return { title: ref.name, meta: ref.kind ? `${meta}${meta ? ' ' : ''}(${ref.kind})` : meta };
}
