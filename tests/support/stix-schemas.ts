// OASIS's STIX 2.1 JSON schemas (not shipped with the repository: ../shared/stix/schemas beside the checkout, or
// STIX_SCHEMAS), compiled with ajv, to check what the export writes. Missing schemas fail the test that needs them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = resolve(import.meta.dirname, '..', '..');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

/** STIX_SCHEMAS, else the first `shared/stix/schemas` found beside the checkout or one of its parents (worktrees). */
function schemaDirectory(): string {
  const candidates = process.env.STIX_SCHEMAS
    ? [process.env.STIX_SCHEMAS]
    : [1, 2, 3].map((up) => join(root, ...Array<string>(up).fill('..'), 'shared', 'stix', 'schemas'));
  const found = candidates.find((dir) => existsSync(join(dir, 'common', 'bundle.json')));
  if (!found) throw new Error(`OASIS STIX 2.1 schemas not found (looked in ${candidates.join(', ')}); set STIX_SCHEMAS to their folder`);
  return found;
}

/** A check of one STIX object against the schema of its type; answers ajv's errors as text, or [] when it is valid. */
export function stixValidator(): (object: { type: string }) => string[] {
  const dir = schemaDirectory();
  // The OASIS patterns escape characters that need no escaping, which a /u regular expression refuses.
  const ajv = new Ajv2020.default({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  for (const folder of ['common', 'sdos', 'sros', 'observables']) {
    for (const file of readdirSync(join(dir, folder)).filter((name) => name.endsWith('.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(dir, folder, file), 'utf8')) as object);
    }
  }
  const folderOf = (type: string) =>
    type === 'relationship' || type === 'sighting' ? 'sros' : type === 'marking-definition' || type === 'bundle' ? 'common' : 'sdos';
  return (object) => {
    const validate = ajv.getSchema(`${BASE}/${folderOf(object.type)}/${object.type}.json`);
    if (!validate) return [`no schema for type ${object.type}`];
    return validate(object) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
  };
}
