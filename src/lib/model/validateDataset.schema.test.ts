/**
 * The JSON Schema and validateDataset must agree: a file one accepts the other
 * accepts. Each file under tests/fixtures/schema/ is fed to both:
 *   valid/          both accept;
 *   invalid/        both reject;
 *   beyond-schema/  the schema accepts (it cannot see these) and validateDataset
 *                   rejects: calendar dates, interval order, unique ids,
 *                   references. The schema's description lists these.
 * The bundled dataset and our own JSON import samples are valid files too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { validateDataset, formatProblem } from './validateDataset';

const ROOT = 'tests/fixtures/schema';
const schema = JSON.parse(readFileSync('data/schema/dataset.schema.json', 'utf8')) as object;
const schemaAccepts = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function files(dir: string): [string, unknown][] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown]);
}

function verdicts(data: unknown): { schema: boolean; validator: boolean; why: string[] } {
  const r = validateDataset(data);
  const s = schemaAccepts(data);
  return {
    schema: s,
    validator: r.ok,
    why: [
      ...(r.ok ? [] : r.problems.map((p) => `validator: ${formatProblem(p)}`)),
      ...(s
        ? []
        : (schemaAccepts.errors ?? []).map((e) => `schema: ${e.instancePath} ${e.message}`)),
    ],
  };
}

describe('the JSON Schema and validateDataset agree', () => {
  const valid = [
    ...files(join(ROOT, 'valid')),
    ['data/belarus-2020-08.json', JSON.parse(readFileSync('data/belarus-2020-08.json', 'utf8'))],
    ...files('tests/fixtures/import').filter(
      ([f]) => f.startsWith('eventmap') && !f.includes('broken'),
    ),
  ] as [string, unknown][];

  it.each(valid)('both accept %s', (_, data) => {
    const v = verdicts(data);
    expect(v.why).toEqual([]);
  });

  it.each(files(join(ROOT, 'invalid')))('both reject %s', (_, data) => {
    const v = verdicts(data);
    expect({ schema: v.schema, validator: v.validator }).toEqual({
      schema: false,
      validator: false,
    });
  });

  it.each(files(join(ROOT, 'beyond-schema')))(
    'only validateDataset can reject %s, and does',
    (_, data) => {
      const v = verdicts(data);
      expect({ schema: v.schema, validator: v.validator }).toEqual({
        schema: true,
        validator: false,
      });
    },
  );

  it('has samples of every kind', () => {
    expect(files(join(ROOT, 'valid')).length).toBeGreaterThan(5);
    expect(files(join(ROOT, 'invalid')).length).toBeGreaterThan(30);
    expect(files(join(ROOT, 'beyond-schema')).length).toBeGreaterThan(10);
  });
});
