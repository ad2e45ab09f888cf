import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { runDataCheck } from './data-check-lib';
import { parseText } from '../src/lib/dataset/parse-core';
import { DatasetError } from '../src/lib/dataset/errors';
import type { Problem } from '../src/lib/dataset/record-checks';

const sources = Object.fromEntries(
  readdirSync('data/sources').map((f) => [f, readFileSync(`data/sources/${f}`, 'utf8')]),
);
const text = readFileSync('data/iraq-drawdown.json', 'utf8');
const mutate = (fn: (d: ReturnType<typeof JSON.parse>) => void) => {
  const d = JSON.parse(text);
  fn(d);
  return JSON.stringify(d);
};

describe('data check', () => {
  it('passes the bundled dataset and reports the counts the product promises', () => {
    const r = runDataCheck(text, sources);
    expect(r.ok).toBe(true);
    const m =
      /(\d+) bases, (\d+) events, (\d+) troop-level points, (\d+) disputes, (\d+) verbatim quotes/.exec(
        r.lines[0]!,
      );
    const [bases, events, troops, disputes] = m!.slice(1).map(Number);
    expect(bases).toBeGreaterThanOrEqual(11);
    expect(events).toBeGreaterThanOrEqual(25);
    expect(troops).toBeGreaterThanOrEqual(8);
    expect(disputes).toBeGreaterThanOrEqual(4);
  });

  it('fails a quote that is not verbatim in its source, naming where', () => {
    const r = runDataCheck(
      mutate((d) => (d.events[0].evidence[0].quote = 'The US invaded Iraq in 2003 and stayed forever.')),
      sources,
    );
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({
      record: expect.stringMatching(/^events\[0\] /),
      field: 'evidence[0].quote',
    });
  });

  it('accepts a quote whose whitespace differs from the source', () => {
    const r = runDataCheck(
      mutate((d) => (d.events[0].evidence[0].quote = d.events[0].evidence[0].quote.replace(/ /g, '\n  '))),
      sources,
    );
    expect(r.ok).toBe(true);
  });

  it('fails a key moment that names no event of the record, or gives a date of its own', () => {
    const r = runDataCheck(
      mutate((d) => {
        d.meta.moments[1].event = 'no-such-event';
        d.meta.moments[2].date = '2020-09';
      }),
      sources,
    );
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([
      { record: 'meta.moments[1]', field: 'event', message: 'no-such-event is not an event of the record' },
      {
        record: 'meta.moments[2]',
        field: 'date',
        message: "a date of its own: the record's moments take their event's",
      },
    ]);
  });

  it('fails dangling references, duplicate ids and a citation of an unknown document', () => {
    const r = runDataCheck(
      mutate((d) => {
        d.events[1].base = 'camp-nowhere';
        d.events[2].id = d.events[3].id;
        d.disputes[0].records = ['no-such-record'];
        d.bases[0].evidence[0].source = 'missing.txt';
      }),
      sources,
    );
    const msgs = r.problems.map((p) => p.message).join('\n');
    expect(msgs).toMatch(/unknown base camp-nowhere/);
    expect(msgs).toMatch(/duplicate id/);
    expect(msgs).toMatch(/unknown record no-such-record/);
    expect(msgs).toMatch(/cites missing.txt/);
  });

  it('fails a bilingual text whose Arabic is not Arabic, and an inferred date with no note', () => {
    const r = runDataCheck(
      mutate((d) => {
        d.events[4].title.ar = 'Not Arabic at all';
        const e = d.events.find((x: { dateInferred: boolean }) => x.dateInferred);
        delete e.dateNote;
      }),
      sources,
    );
    const msgs = r.problems.map((p) => `${p.field}: ${p.message}`).join('\n');
    expect(msgs).toMatch(/title.ar: Arabic text has no Arabic letters/);
    expect(msgs).toMatch(/dateNote: inferred date without a note/);
  });

  it('fails a file that is not JSON', () => {
    const r = runDataCheck('{ not json', sources);
    expect(r.ok).toBe(false);
    expect(r.lines[0]).toMatch(/not valid JSON/);
  });
});

describe('data check and app agree', () => {
  const fixtures = readdirSync('tests/fixtures').filter((f) => f.endsWith('.json'));

  it.each(fixtures)('on %s: the same records set aside, or the same refusal', (name) => {
    const json = readFileSync(`tests/fixtures/${name}`, 'utf8');
    const cli = runDataCheck(json, sources);
    let app: { rejected: Problem[] } | { refused: string };
    try {
      app = { rejected: parseText(json, name).rejected };
    } catch (e) {
      if (!(e instanceof DatasetError)) throw e;
      app = { refused: e.detail };
    }
    if ('refused' in app) {
      expect(cli.recordProblems).toHaveLength(1);
      expect(cli.recordProblems[0]!.message.endsWith(app.refused)).toBe(true);
    } else expect(cli.recordProblems).toEqual(app.rejected);
  });
});
