import { useTranslation } from 'react-i18next';
import type { ViewKey } from '../../components/view-section';
import { useImageExport } from './use-export';
import { useVideoExport } from './use-video-export';
import { usePairedExport } from './use-paired-export';
import { useSvgExport } from './use-svg-export';

/** The items of a view's export menu (export-menu.tsx): images, SVG, video of that view. */
export default function ExportMenuItems({ view }: { view: ViewKey }) {
  const { t } = useTranslation();
  const run = useImageExport(view);
  const video = useVideoExport(view);
  const paired = usePairedExport(view);
  const svg = useSvgExport(view);
  const section = (e: React.MouseEvent<HTMLElement>) => e.currentTarget.closest<HTMLElement>('section.view');
  return (
    <>
      <button type="button" className="btn btn-small" onClick={(e) => void run(section(e), 'download')}>
        {t('briefing.exportImage')}
      </button>
      <button type="button" className="btn btn-small" onClick={(e) => void run(section(e), 'copy')}>
        {t('briefing.copyImage')}
      </button>
      <button type="button" className="btn btn-small" onClick={(e) => void paired(section(e))}>
        {t('briefing.exportPaired')}
      </button>
      {(view === 'troops' || view === 'attacks') && (
        <button type="button" className="btn btn-small" onClick={(e) => void svg(section(e))}>
          {t('briefing.exportSvg')}
        </button>
      )}
      <button type="button" className="btn btn-small" onClick={(e) => void video(section(e))}>
        {t('briefing.exportVideo')}
      </button>
    </>
  );
}
