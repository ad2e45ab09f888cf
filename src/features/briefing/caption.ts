import type { Rows } from '../../lib/filters/filter-events';
import type { TFunction } from 'i18next';
import type { DatasetInfo } from '../../lib/dataset/schema';
import type { DatasetIndex } from '../../lib/dataset/indexes';
import type { ViewState } from '../../lib/store/view-state';
import { formatList, formatNumber, formatSourceNumber, isolate, pickText } from '../../lib/format';
import { formatPartialDate } from '../../lib/dates/format-date';
import { localeOf } from '../../lib/i18n/languages';
import type { ViewKey } from '../../components/view-section';
import type { StampOf } from '../../lib/dataset/fingerprint';
import { MAIN } from '../../lib/layers/layer-ref';

export interface Caption {
  title: string;
  filters: string;
  asOf: string;
  sources: string;
  /** The analyst's notes, numbered as on the charts, in their own words. */
  notes?: string;
  /** The reproducibility stamp: dataset, version, SHA-256, moment of export, link. */
  stamp?: string;
}

const titleKey = {
  dashboard: 'briefing.dashboardTitle',
  troops: 'troops.title',
  attacks: 'attacks.title',
  map: 'map.title',
  events: 'events.title',
} as const;

/** The active filters in words: "Anbar, Kirkuk · 1 Jan 2020 – 30 Jun 2020 · Attack on a base". */
export function describeFilters(s: ViewState, data: DatasetInfo, t: TFunction): string {
  const locale = localeOf(s.lang, s.digits);
  const pick = (b: { en: string; ar: string }) => pickText(b, s.lang, s.digits);
  const d = (iso: string) => formatPartialDate(iso, locale, true);
  const parts: string[] = [];
  if (s.provinces.length)
    parts.push(
      formatList(
        s.provinces.map((p) => (data.provinces[p] ? pick(data.provinces[p].name) : p)),
        locale,
      ),
    );
  const range =
    s.from && s.to
      ? `${d(s.from)} – ${d(s.to)}`
      : s.from
        ? t('briefing.fromOnly', { date: d(s.from) })
        : s.to
          ? t('briefing.toOnly', { date: d(s.to) })
          : t('briefing.allDates');
  parts.push(range);
  if (s.types.length)
    parts.push(
      formatList(
        s.types.map((ty) => t(`types.${ty}` as 'types.attack')),
        locale,
      ),
    );
  if (s.bases.length) {
    const byId = new Map(data.bases.map((b) => [b.id, b]));
    parts.push(
      formatList(
        s.bases.map((id) => (byId.get(id) ? pick(byId.get(id)!.name) : id)),
        locale,
      ),
    );
  }
  if (s.sourceTypes.length) parts.push(formatList(s.sourceTypes, locale));
  if (s.at) parts.push(t('playback.at', { date: formatPartialDate(s.at, locale) }));
  if (s.text.trim()) parts.push(t('briefing.text', { text: s.text.trim() }));
  if (parts.length === 1 && !s.from && !s.to) parts.unshift(t('briefing.allEvents'));
  return parts.join(t('app.sep'));
}

/** Source files behind what a view shows: the filtered events' quotes, or the troop series'. */
function sourcesShown(view: ViewKey, data: DatasetInfo, index: DatasetIndex, rows: Rows): string[] {
  const files = new Set<string>();
  if (view === 'troops' || view === 'dashboard')
    for (const l of data.troopLevels) l.evidence.forEach((e) => files.add(e.source));
  if (view !== 'troops')
    // Only events that quote documents are read (an imported row quotes none).
    for (const i of rows)
      if (index.quoted[i]) index.events.get(i).evidence.forEach((e) => files.add(e.source));
  return data.sources.map((s) => s.file).filter((f) => files.has(f));
}

/**
 * The layers shown, when there are several: each by its name, with its file (a path, a file
 * name, or for the curated record its documents, listed with the sources).
 */
export function describeLayers(s: ViewState, data: DatasetInfo, t: TFunction): string | null {
  if (s.layers.length < 2) return null;
  const imported = data.meta.imported;
  const list = s.layers
    .filter((l) => l.visible)
    .map((l, k) => {
      const main = l.key === MAIN;
      const name = l.name?.trim() || (main ? (imported ? imported.file : t('layers.curated')) : l.source);
      const source = main ? (imported ? imported.file : t('briefing.curatedSource')) : l.source;
      return `${formatNumber(k + 1, localeOf(s.lang, s.digits))}. ${isolate(name)}${name === source ? '' : ` (${isolate(source)})`}`;
    });
  return t('briefing.layers', { list: list.join(t('briefing.sourceSep')) });
}

/** The frame around an exported image, in the active language. */
export function captionFor(
  view: ViewKey,
  s: ViewState,
  data: DatasetInfo,
  index: DatasetIndex,
  rows: Rows,
  t: TFunction,
  stamp?: StampOf,
): Caption {
  const locale = localeOf(s.lang, s.digits);
  const pick = (b: { en: string; ar: string }) => pickText(b, s.lang, s.digits);
  const files = sourcesShown(view, data, index, rows);
  const imported = data.meta.imported;
  // An imported file is its own source; the troop levels beside it are the curated record's.
  const fromFile = imported
    ? [
        t('briefing.importedSource', {
          file: imported.file,
          format: t(`provenance.formats.${imported.format}`),
          layout: t(`import.layouts.${imported.layout}`, { n: formatNumber(imported.columns, locale) }),
        }),
      ]
    : [];
  const list = [
    ...fromFile,
    ...files.map((f) => {
      const i = data.sources.findIndex((x) => x.file === f);
      const src = data.sources[i]!;
      const id = formatSourceNumber(i, locale);
      const name = src.outlet ? pick(src.outlet) : pick(src.title);
      return t('briefing.sourceItem', {
        id,
        name: name.length > 70 ? `${name.slice(0, 68)}…` : name,
        date: formatPartialDate(src.published.date, locale, true),
      });
    }),
  ].join(t('briefing.sourceSep'));
  return {
    // An imported file's title is its name: isolated, so that in Arabic "2024-iraq.csv" does
    // not read "iraq.csv-2024".
    title: `${imported ? isolate(pick(data.meta.title)) : pick(data.meta.title)} — ${t(view === 'attacks' && imported ? 'attacks.titleEvents' : titleKey[view])}`,
    filters: describeFilters(s, data, t),
    asOf: t('briefing.asOf', {
      date: formatPartialDate(data.meta.asOf, locale),
      // A version is an identifier: its digits stay as written.
      version: data.meta.version,
    }),
    sources: [describeLayers(s, data, t), t('briefing.sources', { list })].filter(Boolean).join(t('app.sep')),
    ...(s.notes.length
      ? {
          notes: t('briefing.notes', {
            list: s.notes
              .map((n, k) => {
                const when = n.to
                  ? `${formatPartialDate(n.from, locale, true)} – ${formatPartialDate(n.to, locale, true)}`
                  : formatPartialDate(n.from, locale, true);
                return `${formatNumber(k + 1, locale)}. ${when}: ${isolate(n.text)}`;
              })
              .join(t('briefing.sourceSep')),
          }),
        }
      : {}),
    ...(stamp ? { stamp: stampText(stamp, t) } : {}),
  };
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A file name that says what the image is, in ASCII whatever the UI language. */
export function fileNameFor(
  view: ViewKey,
  s: ViewState,
  data: DatasetInfo,
  ext: 'png' | 'csv' | 'json' | 'webm' | 'svg' | 'zip',
): string {
  const parts: string[] = [view === 'dashboard' ? 'dashboard' : view];
  if (s.provinces.length) parts.push(s.provinces.map((p) => slug(data.provinces[p]?.name.en ?? p)).join('+'));
  if (s.types.length) parts.push(s.types.join('+'));
  if (s.bases.length) parts.push(s.bases.map(slug).join('+'));
  if (s.text.trim() && slug(s.text)) parts.push(`q-${slug(s.text).slice(0, 24)}`);
  if (s.from || s.to) parts.push(`${s.from ?? 'start'}_${s.to ?? 'end'}`);
  if (parts.length === 1) parts.push('all');
  return `drawdown-${parts.join('-')}`.slice(0, 150) + `.${ext}`;
}

/** The stamp in one line: identifiers stay as written (Western digits, left to right). */
export function stampText(s: StampOf, t: TFunction): string {
  return t(s.sha256 === undefined ? 'briefing.stampUnhashed' : 'briefing.stamp', {
    title: s.title,
    version: `\u2066${s.version}\u2069`,
    sha256: `\u2066${s.sha256 ?? ''}\u2069`,
    at: `\u2066${s.exportedAt}\u2069`,
    link: `\u2066${s.link}\u2069`,
  });
}
