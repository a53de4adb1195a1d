// Source documents by id. Filled from every response that carries SourceRefs; unknown ids are looked up as nodes.
import { getNode } from './endpoints.ts';
import type { SourceRef } from './types.ts';

const known = new Map<string, SourceRef>();
const pending = new Map<string, Promise<SourceRef>>();

export function rememberSources(refs: readonly SourceRef[] | undefined): void {
  for (const ref of refs ?? []) known.set(ref.id, ref);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

async function lookUp(id: string): Promise<SourceRef> {
  try {
    const { node } = await getNode(id);
    const ref: SourceRef = {
      id,
      name: node.name,
      publisher: text(node.properties.publisher),
      date: text(node.properties.date),
      kind: text(node.properties.kind),
    };
    known.set(id, ref);
    return ref;
  } catch {
    // Shown by id when the document cannot be found.
    return { id, name: id };
  } finally {
    pending.delete(id);
  }
}

export function resolveSources(ids: readonly string[]): Promise<SourceRef[]> {
  return Promise.all(
    [...new Set(ids)].map((id) => {
      const ref = known.get(id);
      if (ref) return Promise.resolve(ref);
      let lookup = pending.get(id);
      if (!lookup) {
        lookup = lookUp(id);
        pending.set(id, lookup);
      }
      return lookup;
    }),
  );
}

/** "Title — Publisher, 2018-09-06 (indictment)" */
export function describeSource(ref: SourceRef): { title: string; meta: string } {
  const meta = [ref.publisher, ref.date].filter(Boolean).join(', ');
  return { title: ref.name, meta: ref.kind ? `${meta}${meta ? ' ' : ''}(${ref.kind})` : meta };
}
