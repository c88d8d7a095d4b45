import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Package } from 'datapackage';

const require = createRequire(import.meta.url);
// The Tabular Data Package profile (JSON Schema draft-04) as the Frictionless JavaScript library ships it.
const profile = require('datapackage/lib/profiles/tabular-data-package.json') as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
// A hint for form editors in the profile, not a check.
ajv.addFormat('textarea', true);
const validateProfile = ajv.compile(profile);

/** Where a descriptor breaks the published profile, as "path: message"; empty when it conforms. */
export function profileErrors(descriptor: unknown): string[] {
  if (validateProfile(descriptor)) return [];
  return (validateProfile.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}

/**
 * Reads every resource of the package in `dir` with the Frictionless JavaScript library, which casts each cell to
 * its field's type, checks the constraints and primary keys, and with `relations` resolves every foreign key.
 */
export async function dataErrors(descriptor: object, dir: string): Promise<string[]> {
  const pkg = await Package.load(descriptor, { basePath: dir });
  const errors: string[] = pkg.errors.map(String);
  for (const resource of pkg.resources) {
    try {
      await resource.read({ relations: true });
    } catch (e) {
      const inner = (e as { errors?: unknown[] }).errors ?? [];
      errors.push(`${resource.name}: ${(e as Error).message}${inner.length > 0 ? ` (${inner.slice(0, 3).map(String).join('; ')})` : ''}`);
    }
  }
  return errors;
}
