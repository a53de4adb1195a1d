// OASIS's STIX 2.1 JSON schemas (tests/fixtures/stix-schemas, BSD licence beside them), compiled with ajv, to check
// what the export writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const dir = join(import.meta.dirname, '..', 'fixtures', 'stix-schemas');
const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas';

/** A check of one STIX object against the schema of its type; answers ajv's errors as text, or [] when it is valid. */
export function stixValidator(): (object: { type: string }) => string[] {
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
