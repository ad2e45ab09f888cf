import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { Dataset, DrawdownEvent, FigureKey } from '../../lib/dataset/schema';
import type { DatasetIndex } from '../../lib/dataset/indexes';
import { disputedFields } from '../../lib/figures';
import { WarningIcon } from '../../components/icons';
import { SourceRef } from '../../components/source-ref';

export interface Row {
  i: number;
  e: DrawdownEvent;
  lang: string;
}

interface Ctx {
  t: TFunction;
  data: Dataset;
  index: DatasetIndex;
  text: (b: { en: string; ar: string }) => string;
  date: (d: string) => string;
  num: (n: number) => string;
}

function Figure({
  e,
  k,
  ctx,
  disputed,
}: {
  e: DrawdownEvent;
  k: FigureKey;
  ctx: Ctx;
  disputed: Set<string>;
}) {
  const v = e.figures?.[k];
  if (disputed.has(`figures.${k}`))
    return (
      <span className="disputed" title={ctx.t('events.disputed')}>
        <WarningIcon /> {ctx.t('events.disputed')}
      </span>
    );
  if (v === undefined) return null;
  const q = e.figureQualifiers?.[k];
  return <>{q ? ctx.t(`figures.${q}`, { value: ctx.num(v) }) : ctx.num(v)}</>;
}

export function makeColumns(
  ctx: Ctx,
  onSelect: (id: string) => void,
  selected: string | null,
): ColumnDef<Row>[] {
  const { t, data, index, text, date } = ctx;
  const figure = (k: FigureKey, header: string): ColumnDef<Row> => ({
    id: k,
    header,
    accessorFn: (r) => r.e.figures?.[k] ?? -1,
    cell: ({ row }) => (
      <Figure e={row.original.e} k={k} ctx={ctx} disputed={disputedFields(index, row.original.e.id)} />
    ),
    meta: { className: 'num' },
  });
  return [
    {
      id: 'date',
      header: t('events.date'),
      accessorFn: (r) => index.start[r.i],
      cell: ({ row }) => {
        const e = row.original.e;
        const disputed = disputedFields(index, e.id).has('date');
        return (
          <span className="date-cell">
            {date(e.date)}
            {e.dateInferred && (
              <abbr className="mark" title={t('events.inferred')}>
                *
              </abbr>
            )}
            {disputed && (
              <span className="mark disputed" title={t('events.disputed')}>
                <WarningIcon />
              </span>
            )}
          </span>
        );
      },
    },
    { id: 'type', header: t('events.type'), accessorFn: (r) => t(`types.${r.e.type}`) },
    {
      id: 'governorate',
      header: t('events.governorate'),
      accessorFn: (r) =>
        r.e.province
          ? text(data.provinces[r.e.province]?.name ?? { en: r.e.province, ar: r.e.province })
          : '',
    },
    {
      id: 'base',
      header: t('events.base'),
      accessorFn: (r) => {
        const b = r.e.base ? index.baseById.get(r.e.base) : undefined;
        return b ? text(b.name) : '';
      },
    },
    {
      id: 'title',
      header: t('events.eventTitle'),
      accessorFn: (r) => text(r.e.title),
      cell: ({ row, getValue }) => (
        <button
          type="button"
          className="link-button"
          aria-pressed={selected === row.original.e.id}
          onClick={(ev) => {
            ev.stopPropagation();
            onSelect(row.original.e.id);
          }}
        >
          {getValue<string>()}
        </button>
      ),
      meta: { className: 'title' },
    },
    figure('killed', t('events.killed')),
    figure('wounded', t('events.wounded')),
    figure('rockets', t('events.rockets')),
    {
      id: 'sources',
      header: t('events.sources'),
      enableSorting: false,
      cell: ({ row }) => (
        <span className="sources">
          {[...new Set(row.original.e.evidence.map((q) => q.source))].map((f) => (
            <SourceRef key={f} file={f} />
          ))}
        </span>
      ),
    },
  ];
}
