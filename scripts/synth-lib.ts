import { dayToIso, isoToDay } from '../src/lib/dates/partial-date';
import type { Dataset, DrawdownEvent, EventType } from '../src/lib/dataset/schema';
import Papa from 'papaparse';
import { parquetWriteBuffer } from 'hyparquet-writer';

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

/** Governorate names as exports write them, several spellings each (folded on import). */
const ADMIN1_SPELLINGS: Record<string, string[]> = {
  'IQ-BG': ['Baghdad', 'Baghdād province'],
  'IQ-AN': ['Al Anbar', 'Al Anbār province', 'الأنبار'],
  'IQ-NI': ['Ninewa', 'Nīnawá province', 'Nineveh'],
  'IQ-SD': ['Salah al-Din', 'Şalāḩ ad Dīn province'],
  'IQ-KI': ['Kirkuk', "At-Ta'mim", 'Kirkūk province'],
  'IQ-DI': ['Diyala', 'Diyālá province'],
  'IQ-BB': ['Babil', 'Bābil province'],
  'IQ-AR': ['Erbil', 'Arbīl province'],
  'IQ-BA': ['Al Basrah', 'Al Başrah  province'],
  'IQ-WA': ['Wasit', 'Wāsiţ province'],
  'IQ-DA': ['Dahuk', 'Dihok'],
  'IQ-SU': ['Sulaymaniyah', 'As Sulaymānīyah province'],
  'IQ-KA': ['Karbala', 'Karbalā’ province'],
  'IQ-NA': ['Najaf', 'An Najaf province'],
  'IQ-QA': ['Al Qadisiyah', 'Al Qādisīyah province'],
  'IQ-MA': ['Maysan', 'Maysān province'],
  'IQ-DQ': ['Thi-Qar', 'Dhī Qār province'],
  'IQ-MU': ['Muthanna', 'Al Muthanná province'],
};

const ACLED_KINDS: [string, string, number][] = [
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 20],
  ['Explosions/Remote violence', 'Remote explosive/landmine/IED', 15],
  ['Explosions/Remote violence', 'Air/drone strike', 8],
  ['Battles', 'Armed clash', 17],
  ['Violence against civilians', 'Attack', 10],
  ['Protests', 'Peaceful protest', 20],
  ['Strategic developments', 'Arrests', 10],
];

const ACLED_COLUMNS =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(
    ',',
  );
const UCDP_COLUMNS =
  'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob'.split(
    ',',
  );

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/**
 * A synthetic export of `n` rows in ACLED's 2022+ or UCDP GED 23.1's layout, for load tests:
 * made-up rows (no ACLED or UCDP data), deterministic for a seed, with the mix of precisions,
 * spellings and a few rows outside Iraq that real files have (`outside`, a share: a regional
 * export is mostly other countries). Points fall near the bundled bases, so some shelling
 * counts as attacks on them.
 */
export function synthesizeCsv(
  format: 'acled' | 'ucdp',
  base: Dataset,
  n: number,
  seed: number,
  outside = 0.03,
): string {
  const r = rng(seed);
  const bases = base.bases;
  const lines: string[] = [(format === 'acled' ? ACLED_COLUMNS : UCDP_COLUMNS).join(',')];
  for (let i = 0; i < n; i++) {
    const province = weighted(r, PROVINCE_WEIGHTS);
    const spellings = ADMIN1_SPELLINGS[province]!;
    const admin1 = spellings[Math.floor(r() * spellings.length)]!;
    const near = bases.filter((b) => b.province === province);
    const anchor = near.length
      ? near[Math.floor(r() * near.length)]!
      : bases[Math.floor(r() * bases.length)]!;
    const spread = r() < 0.3 ? 0.03 : 0.4;
    const lat = (anchor.lat + (r() - 0.5) * spread).toFixed(4);
    const lon = (anchor.lon + (r() - 0.5) * spread).toFixed(4);
    const abroad = r() < outside;
    const day = dayToIso(Math.floor(FIRST + r() * (LAST - FIRST + 1)));
    const fatalities = r() < 0.6 ? 0 : Math.floor(r() * 8);
    const note = `Synthetic row ${i} for load testing, in ${admin1}; not real data, "quoted", with a comma.`;
    if (format === 'acled') {
      const [eventType, sub] = weighted(
        r,
        ACLED_KINDS.map(([e, s, w]) => [[e, s] as const, w] as const),
      );
      const p = r();
      const row: Record<string, string | number> = {
        event_id_cnty: `${abroad ? 'SYR' : 'IRQ'}${100000 + i}`,
        event_date: day,
        year: day.slice(0, 4),
        time_precision: p < 0.8 ? 1 : p < 0.95 ? 2 : 3,
        disorder_type: 'Political violence',
        event_type: eventType,
        sub_event_type: sub,
        actor1:
          sub === 'Air/drone strike' && r() < 0.3
            ? 'Military Forces of the United States'
            : 'Unidentified Armed Group (Iraq)',
        inter1: 3,
        interaction: 30,
        iso: abroad ? 760 : 368,
        region: 'Middle East',
        country: abroad ? 'Syria' : 'Iraq',
        admin1: abroad ? 'Deir ez Zor' : r() < 0.02 ? '' : admin1,
        admin2: '',
        location: `Place ${i % 997}`,
        latitude: lat,
        longitude: lon,
        geo_precision: r() < 0.8 ? 1 : r() < 0.5 ? 2 : 3,
        source: 'Synthetic Wire',
        source_scale: 'National',
        notes: note,
        fatalities,
        timestamp: 1600000000 + i,
      };
      lines.push(ACLED_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(','));
    } else {
      const p = r();
      const span = p < 0.75 ? 0 : p < 0.9 ? 6 : 25;
      const end = dayToIso(isoToDay(day) + span);
      const best = fatalities;
      const row: Record<string, string | number> = {
        id: 5000000 + i,
        relid: `IRQ-SYN-${i}`,
        year: day.slice(0, 4),
        active_year: 1,
        code_status: 'Clear',
        type_of_violence: 1 + Math.floor(r() * 3),
        conflict_name: 'Iraq: Government',
        side_a: 'Government of Iraq',
        side_b: 'IS',
        number_of_sources: 1,
        source_article: `Synthetic Wire,${day},row ${i}`,
        source_office: 'Synthetic Wire',
        source_date: day,
        source_headline: note,
        where_prec: r() < 0.7 ? 1 : r() < 0.5 ? 2 : 4,
        where_coordinates: `Place ${i % 997}`,
        adm_1: abroad ? 'Dayr az Zawr governorate' : r() < 0.02 ? '' : admin1,
        latitude: lat,
        longitude: lon,
        country: abroad ? 'Syria' : 'Iraq',
        country_id: abroad ? 652 : 645,
        region: 'Middle East',
        event_clarity: 1,
        date_prec: span === 0 ? 1 : span < 7 ? 3 : 4,
        date_start: `${day} 00:00:00.000`,
        date_end: `${end} 00:00:00.000`,
        best,
        high: best + Math.floor(r() * 3),
        low: Math.max(0, best - 1),
        gwnoa: 645,
      };
      lines.push(UCDP_COLUMNS.map((c) => csvCell(row[c] ?? '')).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

const WEEKLY_COLUMNS = [
  'WEEK',
  'REGION',
  'COUNTRY',
  'ADMIN1',
  'EVENT_TYPE',
  'SUB_EVENT_TYPE',
  'EVENTS',
  'FATALITIES',
  'POPULATION_EXPOSURE',
  'DISORDER_TYPE',
  'ID',
  'CENTROID_LATITUDE',
  'CENTROID_LONGITUDE',
] as const;

/** 2014-01-04, the first Saturday of 2014: ACLED's weeks start on a Saturday. */
const FIRST_SATURDAY = isoToDay('2014-01-04');

/**
 * A synthetic file of `n` rows in ACLED's aggregated weekly layout (one row per week ×
 * admin1 × sub-event type), deterministic for a seed. Made up: no ACLED data.
 */
export function synthesizeWeekly(base: Dataset, n: number, seed: number): string {
  const r = rng(seed);
  const weeks = Math.floor((LAST - FIRST_SATURDAY) / 7);
  const lines: string[] = [WEEKLY_COLUMNS.join(',')];
  for (let i = 0; i < n; i++) {
    const province = weighted(r, PROVINCE_WEIGHTS);
    const spellings = ADMIN1_SPELLINGS[province]!;
    const anchor = base.bases.find((b) => b.province === province) ?? base.bases[0]!;
    const [eventType, sub] = weighted(
      r,
      ACLED_KINDS.map(([e, s, w]) => [[e, s] as const, w] as const),
    );
    const row: Record<(typeof WEEKLY_COLUMNS)[number], string | number> = {
      WEEK: dayToIso(FIRST_SATURDAY + 7 * Math.floor(r() * weeks)),
      REGION: 'Middle East',
      COUNTRY: 'Iraq',
      ADMIN1: spellings[Math.floor(r() * spellings.length)]!,
      EVENT_TYPE: eventType,
      SUB_EVENT_TYPE: sub,
      EVENTS: 1 + Math.floor(r() * 12),
      FATALITIES: r() < 0.6 ? 0 : Math.floor(r() * 10),
      POPULATION_EXPOSURE: '',
      DISORDER_TYPE: 'Political violence',
      ID: 900000 + i,
      CENTROID_LATITUDE: anchor.lat.toFixed(4),
      CENTROID_LONGITUDE: anchor.lon.toFixed(4),
    };
    lines.push(WEEKLY_COLUMNS.map((c) => csvCell(row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * The same made-up export as synthesizeCsv, written as Parquet (as DuckDB or pandas would hand
 * it over): columns whose every value is a number are DOUBLE, the rest STRING.
 */
export function synthesizeParquet(
  format: 'acled' | 'ucdp',
  base: Dataset,
  n: number,
  seed: number,
  outside?: number,
): ArrayBuffer {
  const rows = Papa.parse<string[]>(synthesizeCsv(format, base, n, seed, outside).trim(), {
    skipEmptyLines: true,
  }).data;
  const [header, ...body] = rows;
  return parquetWriteBuffer({
    columnData: header!.map((name, c) => {
      const values = body.map((r) => r[c] ?? '');
      const numeric = values.every((v) => v === '' || Number.isFinite(Number(v)));
      return numeric
        ? {
            name,
            type: 'DOUBLE' as const,
            nullable: true,
            data: values.map((v) => (v === '' ? null : Number(v))),
          }
        : { name, type: 'STRING' as const, data: values };
    }),
  });
}
