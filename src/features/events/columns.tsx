import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { DrawdownEvent, FigureKey, DatasetInfo } from '../../lib/dataset/schema';
import type { DatasetIndex } from '../../lib/dataset/indexes';
import { disputedFields } from '../../lib/figures';
import { WarningIcon } from '../../components/icons';
import { inSourceOrder, SourceRef } from '../../components/source-ref';
import type { ReadyLayer } from '../../lib/layers/use-layers';
import { isolate } from '../../lib/format';

export interface Row {
  /** The row as the table sorts it (event index and layer, see sort-rows). */
  r: number;
  i: number;
  e: DrawdownEvent;
  lang: string;
  /** The layer the event belongs to: its dataset, name and colour. */
  layer: ReadyLayer;
}

interface Ctx {
  t: TFunction;
  text: (b: { en: string; ar: string }) => string;
  date: (d: string) => string;
  num: (n: number) => string;
  /** Whether the table shows its Layer column (more than one layer is open). */
  layered: boolean;
}

const datasetOf = (r: Row): DatasetInfo => r.layer.loaded.data;
const indexOf = (r: Row): DatasetIndex => r.layer.loaded.index;

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
  onSelect: (row: Row) => void,
  isSelected: (row: Row) => boolean,
): ColumnDef<Row>[] {
  const { t, text, date } = ctx;
  const figure = (k: FigureKey, header: string): ColumnDef<Row> => ({
    id: k,
    header,
    accessorFn: (r) => r.e.figures?.[k] ?? -1,
    cell: ({ row }) => (
      <Figure
        e={row.original.e}
        k={k}
        ctx={ctx}
        disputed={disputedFields(indexOf(row.original), row.original.e.id)}
      />
    ),
    meta: { className: 'num' },
  });
  const layer: ColumnDef<Row>[] = ctx.layered
    ? [
        {
          id: 'layer',
          header: t('events.layer'),
          accessorFn: (r) => text(r.layer.name),
          cell: ({ row, getValue }) => (
            <span className="layer-cell">
              <span className="swatch" style={{ background: row.original.layer.color }} aria-hidden="true" />
              <bdi>{getValue<string>()}</bdi>
            </span>
          ),
        },
      ]
    : [];
  return [
    {
      id: 'date',
      header: t('events.date'),
      accessorFn: (r) => indexOf(r).start[r.i],
      cell: ({ row }) => {
        const e = row.original.e;
        const disputed = disputedFields(indexOf(row.original), e.id).has('date');
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
    ...layer,
    { id: 'type', header: t('events.type'), accessorFn: (r) => t(`types.${r.e.type}`) },
    {
      id: 'governorate',
      header: t('events.governorate'),
      accessorFn: (r) =>
        r.e.province
          ? text(datasetOf(r).provinces[r.e.province]?.name ?? { en: r.e.province, ar: r.e.province })
          : '',
    },
    {
      id: 'base',
      header: t('events.base'),
      accessorFn: (r) => {
        const b = r.e.base ? indexOf(r).baseById.get(r.e.base) : undefined;
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
          aria-pressed={isSelected(row.original)}
          onClick={(ev) => {
            ev.stopPropagation();
            onSelect(row.original);
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
      cell: ({ row }) => {
        const o = row.original.e.origin;
        // An imported row quotes no source document: its source is its row in the file.
        if (o)
          return (
            <span
              className="origin-ref"
              title={t('events.originTitle', {
                file: isolate(o.file),
                row: ctx.num(o.row),
                id: isolate(o.id),
              })}
            >
              {t('events.originRow', { row: ctx.num(o.row) })}
            </span>
          );
        return (
          <span className="sources">
            {inSourceOrder(
              row.original.e.evidence.map((q) => q.source),
              datasetOf(row.original).sources,
            ).map((f) => (
              <SourceRef key={f} file={f} short sources={datasetOf(row.original).sources} />
            ))}
          </span>
        );
      },
    },
  ];
}
