/**
 * `npm run data:synth -- --events N --seed S --out FILE [--format json|acled|ucdp|acled-weekly]
 * [--outside SHARE]`: writes a deterministic synthetic dataset, in the Drawdown schema, as a
 * made-up ACLED or UCDP GED CSV export (as Parquet when FILE ends in .parquet; SHARE of its rows
 * outside Iraq, 0.03 unless given), or as ACLED's weekly aggregates (counts), for load and
 * speed tests.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetSchema } from '../src/lib/dataset/schema';
import { synthesize, synthesizeCsv, synthesizeParquet, synthesizeWeekly } from './synth-lib';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    format: { type: 'string', default: 'json' },
    outside: { type: 'string', default: '0.03' },
  },
});
const format = values.format;
const n = Number(values.events);
const seed = Number(values.seed);
const outside = Number(values.outside);
if (
  !Number.isInteger(n) ||
  n < 1 ||
  !Number.isInteger(seed) ||
  !(outside >= 0 && outside <= 1) ||
  !values.out ||
  !['json', 'acled', 'ucdp', 'acled-weekly'].includes(format)
) {
  console.error(
    'usage: npm run data:synth -- --events N --seed S --out FILE [--format json|acled|ucdp|acled-weekly] [--outside SHARE]',
  );
  process.exit(2);
}
const base = datasetSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'iraq-drawdown.json'), 'utf8')),
);
if (format === 'json') {
  const data = synthesize(base, n, seed);
  writeFileSync(values.out, JSON.stringify(data));
  console.log(`wrote ${values.out}: ${data.events.length} events, seed ${seed}`);
} else if (format === 'acled-weekly') {
  writeFileSync(values.out, synthesizeWeekly(base, n, seed));
  console.log(`wrote ${values.out}: ${n} rows in ACLED's weekly aggregate layout, seed ${seed}`);
} else if (values.out.endsWith('.parquet')) {
  const f = format as 'acled' | 'ucdp';
  writeFileSync(values.out, new Uint8Array(synthesizeParquet(f, base, n, seed, outside)));
  console.log(
    `wrote ${values.out}: ${n} rows in the ${f === 'acled' ? 'ACLED' : 'UCDP GED'} layout as Parquet, seed ${seed}`,
  );
} else {
  writeFileSync(values.out, synthesizeCsv(format as 'acled' | 'ucdp', base, n, seed, outside));
  console.log(
    `wrote ${values.out}: ${n} rows in the ${format === 'acled' ? 'ACLED' : 'UCDP GED'} layout, seed ${seed}`,
  );
}
