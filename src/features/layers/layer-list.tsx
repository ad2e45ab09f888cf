import './layers.css';
import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DATASET_URL } from '../../lib/dataset/api';
import { openDatasetFile } from '../../lib/dataset/open-file';
import { useLoadProgress } from '../../lib/dataset/use-load-progress';
import { openedFile } from '../../lib/dataset/load-status';
import { totalEvents } from '../../lib/dataset/counts';
import { isolate } from '../../lib/format';
import { LAYER_COLORS, MAIN } from '../../lib/layers/layer-ref';
import { useLayerRows } from '../../lib/layers/layer-rows';
import { useLayers, useVisibleLayers, type ShownLayer } from '../../lib/layers/use-layers';
import { useViewStore } from '../../lib/store/view-store';
import { useLocale } from '../../lib/use-locale';
import { loadRejectedList, preloadRejectedList } from '../../components/lazy-rejected-list';
import { LazyPart } from '../../components/lazy-view';
import { Reason } from '../../components/reason';

const CURATED_FILE = DATASET_URL.split('/').pop() ?? DATASET_URL;

/** What a layer shows under the filters: events, or the events its weekly rows count. */
function useShownCounts(): Map<string, { n: number; rows: number; counts: boolean }> {
  const rows = useLayerRows(useVisibleLayers());
  return new Map(
    rows.map(({ layer, rows: r }) => [
      layer.key,
      layer.loaded.counts
        ? { n: totalEvents(layer.loaded.counts, r), rows: r.length, counts: true }
        : { n: r.length, rows: r.length, counts: false },
    ]),
  );
}

function Status({
  layer,
  shown,
}: {
  layer: ShownLayer;
  shown?: { n: number; rows: number; counts: boolean };
}) {
  const { t } = useTranslation();
  const { num } = useLocale();
  const bases = useViewStore((s) => s.bases.length);
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  // A layer is read under the name it was given: a link's path, or an opened file's name.
  const progress = useLoadProgress(layer.status === 'loading' ? layer.ref.source : null);
  if (layer.status === 'missing')
    return (
      <span className="layer-status missing" role="alert">
        {t('layers.missing', { name: isolate(layer.ref.source) })}{' '}
        <button type="button" className="btn btn-small" onClick={() => input.current?.click()}>
          {t('layers.openAgain')}
        </button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".json,.csv,.parquet"
          aria-label={t('layers.openAgain')}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void openDatasetFile(f, client, 'layer');
            e.target.value = '';
          }}
        />
      </span>
    );
  if (layer.status === 'loading')
    return (
      <span className="layer-status">
        {t('layers.loading')} {progress}
      </span>
    );
  if (layer.status === 'error')
    return (
      <span className="layer-status error" role="alert">
        {t('layers.failed')} <Reason text={layer.error?.detail ?? ''} check={layer.error?.check} />
      </span>
    );
  if (!shown) return <span className="layer-status">{t('layers.hidden')}</span>;
  // Weekly counts have no bases: under a base filter they show nothing, and say why.
  if (shown.counts && bases > 0) return <span className="layer-status">{t('layers.noBases')}</span>;
  return (
    <span className="layer-status">
      {shown.counts
        ? t('layers.countsShown', {
            events: t('counts.events', { count: shown.n, n: num(shown.n) }),
            rows: t('layers.weekRows', { count: shown.rows, n: num(shown.rows) }),
          })
        : t('layers.eventsShown', { events: t('counts.events', { count: shown.n, n: num(shown.n) }) })}
    </span>
  );
}

/** The layers: the dataset on screen first, then each file added beside it. */
export function LayerList() {
  const { t } = useTranslation();
  const { text, num } = useLocale();
  const layers = useLayers();
  const shown = useShownCounts();
  const update = useViewStore((s) => s.updateLayer);
  const remove = useViewStore((s) => s.removeLayer);
  const addLayer = useViewStore((s) => s.addLayer);
  const replaceLayerKey = useViewStore((s) => s.replaceLayerKey);
  const client = useQueryClient();
  const main = layers[0]?.loaded;
  // The curated record is always available as a layer: beside an imported file, one click adds it.
  const canAddCurated = main?.imported && !layers.some((l) => l.key === DATASET_URL);
  // While an added file is read, so that what it sets aside shows with it.
  const added = layers.length > 1;
  useEffect(() => {
    if (added) preloadRejectedList();
  }, [added]);
  return (
    <section className="panel layer-list no-export" aria-label={t('layers.label')}>
      <h2 className="layer-heading">{t('layers.label')}</h2>
      <ul>
        {layers.map((l, k) => {
          const name = text(l.name);
          return (
            <li key={l.key} className={l.ref.visible ? undefined : 'off'}>
              <input
                type="checkbox"
                checked={l.ref.visible}
                aria-label={t('layers.show', { name })}
                onChange={(e) => update(l.key, { visible: e.target.checked })}
              />
              <span className="swatch" style={{ background: l.color }} aria-hidden="true" />
              <select
                value={l.ref.color}
                aria-label={t('layers.color', { name })}
                onChange={(e) => update(l.key, { color: Number(e.target.value) })}
              >
                {LAYER_COLORS.map((c, i) => (
                  <option key={c.id} value={i}>
                    {t(`layers.colors.${c.id}`)}
                  </option>
                ))}
              </select>
              <input
                type="text"
                className="layer-name"
                dir="auto"
                value={l.ref.name ?? name}
                maxLength={120}
                aria-label={t('layers.name', { n: num(k + 1) })}
                // Kept as typed, empty included (the views then use the default name), so the
                // field can be cleared and retyped.
                onChange={(e) => update(l.key, { name: e.target.value })}
              />
              <span className="layer-kind">
                {l.kind ? t(`layers.kind.${l.kind}`) : null}
                {l.key !== MAIN && l.ref.source !== name ? <> · {isolate(l.ref.source)}</> : null}
              </span>
              <Status layer={l} shown={shown.get(l.key)} />
              {l.key !== MAIN && (
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('layers.remove', { name })}
                  onClick={() => remove(l.key)}
                >
                  {t('layers.removeShort')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {/* What each added file set aside, as the banner lists the dataset's (a regional
          export added as a layer sets most of its rows aside), and letters it could not give. */}
      {layers.map((l) =>
        // (An opened file's, too: it may be read again in another encoding, see UnreadableHint.)
        l.key !== MAIN &&
        l.loaded &&
        (l.loaded.rejected.length > 0 || l.loaded.imported?.unreadable || l.loaded.fileId !== undefined) ? (
          <LazyPart
            key={l.key}
            load={loadRejectedList}
            props={{
              name: text(l.name),
              origin: l.loaded.origin,
              rejected: l.loaded.rejected,
              imported: !!l.loaded.imported,
              unreadable: l.loaded.imported?.unreadable,
              file: l.loaded.fileId !== undefined ? openedFile(l.loaded.fileId) : undefined,
              // In the layer's place, colour and name: a file takes a missing layer's that names it.
              reopen: (f: File) => {
                replaceLayerKey(l.key, `missing:${f.name}`);
                return openDatasetFile(f, client, 'layer');
              },
            }}
          />
        ) : null,
      )}
      {canAddCurated && (
        <button type="button" className="btn btn-small" onClick={() => addLayer(DATASET_URL, CURATED_FILE)}>
          {t('layers.addCurated')}
        </button>
      )}
    </section>
  );
}
