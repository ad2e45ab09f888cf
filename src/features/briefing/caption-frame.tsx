import type { Caption } from './caption';
import { KeepRanges } from '../../components/keep-ranges';

/**
 * The one drawing of a briefing caption: the head (brand, title, filters in words) above a
 * view, the foot (data date, sources) below it. The print layout and the image export both
 * use it. Text only, so nothing in a dataset is read as markup.
 */
export function CaptionHead({ caption, brand }: { caption: Caption; brand: string }) {
  return (
    <div className="export-head">
      <div className="export-brand">{brand}</div>
      <div className="export-title">
        <KeepRanges text={caption.title} />
      </div>
      <div className="export-filters">{caption.filters}</div>
    </div>
  );
}

export function CaptionFoot({ caption }: { caption: Caption }) {
  return (
    <div className="export-foot">
      <div className="export-asof">{caption.asOf}</div>
      <div className="export-sources">{caption.sources}</div>
      {caption.notes && <div className="export-notes">{caption.notes}</div>}
      {caption.stamp && <div className="export-stamp">{caption.stamp}</div>}
    </div>
  );
}
