/**
 * `npm run data:check`: validates the bundled dataset against the schema and the source
 * documents. Prints one summary line and exits non-zero on any problem.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runDataCheck } from './data-check-lib';

const root = join(import.meta.dirname, '..');
const file = process.argv[2] ?? join(root, 'data', 'iraq-drawdown.json');
const dir = join(root, 'data', 'sources');
const sources = Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

const result = runDataCheck(readFileSync(file, 'utf8'), sources);
for (const line of result.lines) console.log(line);
process.exitCode = result.ok ? 0 : 1;
