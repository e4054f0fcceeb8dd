import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchemas } from '../src/schemas/json-schemas.ts';

/** Writes JSON Schemas for the YAML model to public/schemas/, where editors (and the published site) find them. */
const dir = 'public/schemas';
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(toJsonSchemas())) {
	writeFileSync(join(dir, file), text);
	console.log(`wrote ${join(dir, file)}`);
}
