// npm run gen:stix -- --objects 25000 --out FILE [--seed 42]
// A synthetic STIX 2.1 bundle shaped like MITRE ATT&CK Enterprise (intrusion sets, campaigns, malware, tools,
// attack-patterns with kill-chain phases and external references, uses / attributed-to relationships, a few reports),
// for measuring the streamed import (npm run bench:stix). Every name says "Synthetic" and every URL is on example.org:
// nothing in it is a claim about a real actor. The same seed and size give the same bytes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseCli, positiveInt, usageError } from './cli.ts';
import { Random } from './gen/random.ts';

const usage = `usage: npm run gen:stix -- --out FILE [--objects 25000] [--seed 42]

Writes a synthetic STIX 2.1 bundle shaped like ATT&CK Enterprise (about 1.8 kB per object, so 25,000 objects make
about 45 MB). Deterministic: the same --seed and --objects give the same file. Names are "Synthetic …", URLs example.org.

options:
  --out FILE      where to write the bundle (JSON)
  --objects N     how many objects (default 25000; at least 20)
  --seed N        seed of the generator (default 42)
  -h, --help      this text`;

const TACTICS = [
  'reconnaissance',
  'resource-development',
  'initial-access',
  'execution',
  'persistence',
  'privilege-escalation',
  'defense-evasion',
  'credential-access',
  'discovery',
  'lateral-movement',
  'collection',
  'command-and-control',
  'exfiltration',
  'impact',
];
const PLATFORMS = ['Windows', 'macOS', 'Linux', 'Network Devices', 'Containers', 'IaaS'];
const WORDS =
  'synthetic sample object generated for load testing the importer it states nothing about any real actor software or technique and exists only to give the bundle the size and shape of a large public knowledge base'.split(
    ' ',
  );
const IDENTITY = 'identity--00000000-0000-4000-8000-00000000000a';
const MARKING = 'marking-definition--00000000-0000-4000-8000-00000000000b';
const CREATED = '2020-01-01T00:00:00.000Z';

type Stix = Record<string, unknown>;

/** How many of each type a bundle of `total` objects holds: ATT&CK Enterprise's proportions, relationships the rest. */
function composition(
  total: number,
): Record<'intrusion-set' | 'campaign' | 'malware' | 'tool' | 'attack-pattern' | 'report', number> & { relationship: number } {
  const share = (fraction: number, least: number) => Math.max(least, Math.round(total * fraction));
  const counts = {
    'intrusion-set': share(0.007, 2),
    campaign: share(0.002, 1),
    malware: share(0.028, 2),
    tool: share(0.004, 1),
    'attack-pattern': share(0.03, 4),
    report: share(0.0008, 1),
  };
  const entities = Object.values(counts).reduce((a, b) => a + b, 0);
  return { ...counts, relationship: Math.max(0, total - entities - 2) };
}

function generateBundle(total: number, seed: number): { id: string; write: (emit: (object: Stix) => void) => void } {
  const random = new Random(seed);
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => random.int(16).toString(16));
    hex[12] = '4';
    hex[16] = '89ab'[random.int(4)]!;
    const h = hex.join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const sentence = (words: number) => Array.from({ length: words }, () => random.pick(WORDS)).join(' ');
  const modified = () => `202${random.int(5)}-0${1 + random.int(9)}-1${random.int(10)}T12:00:00.000Z`;
  const citations = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const ref = random.int(5000);
      return {
        source_name: `Synthetic citation ${ref}`,
        description: `Synthetic Author ${ref % 97}. (20${10 + (ref % 15)}). Synthetic report number ${ref}. ${sentence(10)}. Retrieved ${i + 1} January 2026.`,
        url: `https://example.org/synthetic/report/${ref}`,
      };
    });
  const counts = composition(total);
  const common = (type: string, extra: Stix): Stix => ({
    type,
    spec_version: '2.1',
    id: `${type}--${uuid()}`,
    created: CREATED,
    modified: modified(),
    created_by_ref: IDENTITY,
    object_marking_refs: [MARKING],
    revoked: false,
    x_mitre_deprecated: false,
    ...extra,
  });
  const bundleId = `bundle--${uuid()}`;

  return {
    id: bundleId,
    write(emit) {
      emit({
        type: 'identity',
        spec_version: '2.1',
        id: IDENTITY,
        created: CREATED,
        modified: CREATED,
        name: 'Synthetic Test Publisher',
        identity_class: 'organization',
      });
      emit({
        type: 'marking-definition',
        spec_version: '2.1',
        id: MARKING,
        created: CREATED,
        definition_type: 'statement',
        definition: { statement: 'Synthetic data for load tests; no real-world claims.' },
      });
      const ids: Record<string, string[]> = {};
      const make = (type: keyof ReturnType<typeof composition>, build: (n: number) => Stix) => {
        ids[type] = [];
        for (let n = 1; n <= counts[type]; n++) {
          const object = build(n);
          ids[type].push(object.id as string);
          emit(object);
        }
      };
      make('attack-pattern', (n) => {
        const sub = n % 3 === 0;
        return common('attack-pattern', {
          name: `Synthetic Technique ${n}${sub ? ' (sub-technique)' : ''}`,
          description: `Synthetic technique ${n}: ${sentence(80)}.`,
          kill_chain_phases: Array.from({ length: 1 + random.int(2) }, () => ({ kill_chain_name: 'mitre-attack', phase_name: random.pick(TACTICS) })),
          external_references: [
            {
              source_name: 'synthetic-attack',
              url: `https://example.org/synthetic/techniques/T9${String(n).padStart(3, '0')}`,
              external_id: `T9${String(n % 1000).padStart(3, '0')}${sub ? `.${String(n % 7).padStart(3, '0')}` : ''}`,
            },
            ...citations(2 + random.int(4)),
          ],
          x_mitre_is_subtechnique: sub,
          x_mitre_platforms: [random.pick(PLATFORMS), random.pick(PLATFORMS)],
        });
      });
      const software = (type: 'malware' | 'tool', letter: string) => (n: number) =>
        common(type, {
          name: `Synthetic ${type === 'malware' ? 'Malware' : 'Tool'} ${n}`,
          description: `Synthetic ${type} ${n}: ${sentence(60)}.`,
          x_mitre_aliases: [`Synthetic ${type === 'malware' ? 'Malware' : 'Tool'} ${n}`, `SYN-${letter}-${n}`],
          ...(type === 'malware' ? { is_family: true, malware_types: ['backdoor'] } : { tool_types: ['remote-access'] }),
          x_mitre_platforms: [random.pick(PLATFORMS)],
          external_references: [
            { source_name: 'synthetic-attack', url: `https://example.org/synthetic/software/S9${n}`, external_id: `S9${String(n).padStart(3, '0')}${letter}` },
            ...citations(1 + random.int(3)),
          ],
        });
      make('malware', software('malware', 'M'));
      make('tool', software('tool', 'T'));
      make('intrusion-set', (n) =>
        common('intrusion-set', {
          name: `Synthetic Group ${n}`,
          description: `Synthetic group ${n}: ${sentence(90)}.`,
          aliases: [`Synthetic Group ${n}`, `Synthetic Cluster ${n}`, `SYN-G-${n}`],
          first_seen: `20${10 + (n % 15)}-01-01T00:00:00.000Z`,
          external_references: [
            { source_name: 'synthetic-attack', url: `https://example.org/synthetic/groups/G9${n}`, external_id: `G9${String(n).padStart(3, '0')}` },
            ...citations(2 + random.int(4)),
          ],
        }),
      );
      make('campaign', (n) =>
        common('campaign', {
          name: `Synthetic Campaign ${n}`,
          description: `Synthetic campaign ${n}: ${sentence(60)}.`,
          first_seen: '2023-01-01T00:00:00.000Z',
          last_seen: '2024-01-01T00:00:00.000Z',
          external_references: [{ source_name: 'synthetic-attack', external_id: `C9${String(n).padStart(3, '0')}` }, ...citations(1)],
        }),
      );
      const users = [...ids['intrusion-set']!, ...ids.campaign!];
      const usable = [...ids.malware!, ...ids.tool!];
      const relationship = (source: string, type: 'uses' | 'attributed-to', target: string) =>
        common('relationship', {
          relationship_type: type,
          source_ref: source,
          target_ref: target,
          description: `Synthetic relationship: ${sentence(140)}.`,
          external_references: citations(1 + random.int(2)),
        });
      const relationships: string[] = [];
      for (let n = 0; n < counts.relationship; n++) {
        let object: Stix;
        if (n < ids.campaign!.length) object = relationship(ids.campaign![n]!, 'attributed-to', random.pick(ids['intrusion-set']!));
        else {
          const roll = random.float();
          const source = roll < 0.45 ? random.pick(usable) : random.pick(users);
          const target = roll < 0.9 ? random.pick(ids['attack-pattern']!) : random.pick(usable);
          object = relationship(source, 'uses', target);
        }
        relationships.push(object.id as string);
        emit(object);
      }
      make('report', (n) => {
        const refs = Array.from({ length: 20 }, () => random.pick([...users, ...usable, ...relationships]));
        return common('report', {
          name: `Synthetic Report ${n}`,
          description: `Synthetic report ${n}: ${sentence(60)}.`,
          published: '2025-06-01T00:00:00.000Z',
          report_types: ['threat-report'],
          object_refs: [...new Set(refs)],
        });
      });
    },
  };
}

/** Writes the bundle object by object, so the generator needs no more memory than the streamed import it feeds. */
export async function writeBundle(file: string, total: number, seed: number): Promise<{ objects: number; bytes: number }> {
  const bundle = generateBundle(total, seed);
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  let pending = `{"type":"bundle","id":"${bundle.id}","objects":[\n`;
  let objects = 0;
  bundle.write((object) => {
    pending += `${objects === 0 ? '' : ',\n'}${JSON.stringify(object)}`;
    objects += 1;
    if (pending.length > 1 << 20) {
      out.write(pending);
      pending = '';
    }
  });
  out.end(`${pending}\n]}\n`);
  await Promise.race([once(out, 'finish'), failed]);
  return { objects, bytes: out.bytesWritten };
}

async function main(): Promise<void> {
  const { values } = parseCli(usage, {
    out: { type: 'string' },
    objects: { type: 'string', default: '25000' },
    seed: { type: 'string', default: '42' },
  });
  if (!values.out) usageError(usage, 'give --out FILE');
  const total = positiveInt(usage, 'objects', values.objects);
  if (total < 20) usageError(usage, '--objects must be at least 20');
  const seed = positiveInt(usage, 'seed', values.seed);
  const { objects, bytes } = await writeBundle(values.out, total, seed).catch((error: Error) =>
    usageError(usage, `cannot write ${values.out}: ${error.message}`),
  );
  console.log(`${values.out}: ${objects} objects, ${(bytes / 1e6).toFixed(1)} MB (seed ${seed})`);
}

if (import.meta.main) await main();
