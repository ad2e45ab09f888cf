import { dayToIso, isoToDay } from '../src/lib/dates/partial-date';
import type { Dataset, DrawdownEvent, EventType } from '../src/lib/dataset/schema';

/** mulberry32: a small, fast, seedable PRNG, so the same seed gives the same file. */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(r: () => number, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [v, w] of items) if ((x -= w) < 0) return v;
  return items[items.length - 1]![0];
}

// Rough shares of a conflict-event export for Iraq: most events in the centre and west.
const PROVINCE_WEIGHTS: [string, number][] = [
  ['IQ-BG', 24],
  ['IQ-AN', 18],
  ['IQ-NI', 13],
  ['IQ-SD', 10],
  ['IQ-KI', 8],
  ['IQ-DI', 7],
  ['IQ-BB', 4],
  ['IQ-AR', 3],
  ['IQ-BA', 3],
  ['IQ-WA', 2],
  ['IQ-DA', 1],
  ['IQ-SU', 1],
  ['IQ-KA', 1],
  ['IQ-NA', 1],
  ['IQ-QA', 1],
  ['IQ-MA', 1],
  ['IQ-DQ', 1],
  ['IQ-MU', 1],
];
const TYPE_WEIGHTS: [EventType, number][] = [
  ['attack', 40],
  ['operation', 18],
  ['political', 17],
  ['strike', 10],
  ['troops', 6],
  ['dialogue', 4],
  ['handover', 5],
];
const TEXT: Record<EventType, { en: string; ar: string }> = {
  attack: { en: 'Rocket attack reported in', ar: 'هجوم صاروخي في' },
  strike: { en: 'Air strike reported in', ar: 'غارة جوية في' },
  handover: { en: 'Site handed to Iraqi forces in', ar: 'تسليم موقع للقوات العراقية في' },
  political: { en: 'Political statement on foreign forces in', ar: 'تصريح سياسي بشأن القوات الأجنبية في' },
  dialogue: { en: 'Security talks held in', ar: 'محادثات أمنية في' },
  troops: { en: 'Troop movement reported in', ar: 'تحرك للقوات في' },
  operation: { en: 'Military operation reported in', ar: 'عملية عسكرية في' },
};

const FIRST = isoToDay('2014-01-01');
const LAST = isoToDay('2021-12-31');

/**
 * A synthetic dataset of `n` events: the bundled records first, then generated ones spread
 * over governorates, bases, types and 2014–2021. Texts are bilingual and every event cites
 * a real quote from the bundled sources, so the file passes the schema. Not real data:
 * `meta.title` and `meta.version` say so.
 */
export function synthesize(base: Dataset, n: number, seed: number): Dataset {
  const r = rng(seed);
  // Short quotes keep a 100,000-event file near the size of a real export of that length.
  const quotes = base.events.flatMap((e) => e.evidence).filter((q) => q.quote.length <= 120);
  const basesByProvince = new Map<string, string[]>();
  for (const b of base.bases)
    basesByProvince.set(b.province, [...(basesByProvince.get(b.province) ?? []), b.id]);
  const events: DrawdownEvent[] = base.events.slice(0, n);
  for (let i = events.length; i < n; i++) {
    const type = weighted(r, TYPE_WEIGHTS);
    const province = weighted(r, PROVINCE_WEIGHTS);
    const day = Math.floor(FIRST + r() * (LAST - FIRST + 1));
    const iso = dayToIso(day);
    const p = r();
    const date = p < 0.7 ? iso : p < 0.95 ? iso.slice(0, 7) : iso.slice(0, 4);
    const near = basesByProvince.get(province);
    const baseId =
      near && (type === 'attack' || type === 'handover') && r() < 0.6
        ? near[Math.floor(r() * near.length)]
        : undefined;
    const name = base.provinces[province]!.name;
    const t = TEXT[type];
    const e: DrawdownEvent = {
      id: `synth-${String(i).padStart(6, '0')}`,
      date,
      dateInferred: false,
      type,
      province,
      ...(baseId ? { base: baseId } : {}),
      title: { en: `${t.en} ${name.en} (${i})`, ar: `${t.ar} ${name.ar} (${i})` },
      summary: {
        en: 'Synthetic event for load testing.',
        ar: 'حدث اصطناعي لاختبار الأداء.',
      },
      evidence: [quotes[Math.floor(r() * quotes.length)]!],
    };
    if (type === 'attack') {
      e.figures = { attacks: 1 };
      if (r() < 0.5) e.figures.rockets = 1 + Math.floor(r() * 12);
      if (r() < 0.3) e.figures.killed = Math.floor(r() * 4);
      if (r() < 0.3) e.figures.wounded = Math.floor(r() * 6);
    }
    events.push(e);
  }
  return {
    ...base,
    meta: {
      ...base.meta,
      title: {
        en: `${base.meta.title.en} (synthetic, ${n} events)`,
        ar: `${base.meta.title.ar} (بيانات اصطناعية، ${n} حدث)`,
      },
      version: `synthetic-${n}-seed${seed}`,
      coverage: { from: '2014', to: '2021-12-31' },
    },
    events,
  };
}
