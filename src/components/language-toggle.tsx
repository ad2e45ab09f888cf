import { useTranslation } from 'react-i18next';
import { useViewStore } from '../lib/store/view-store';
import { LANGUAGES, nextLang } from '../lib/i18n/languages';
import { switchLanguage } from '../lib/i18n';

/** Its accessible name is the other language's own name, in that language. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const lang = useViewStore((s) => s.lang);
  const digits = useViewStore((s) => s.digits);
  const setDigits = useViewStore((s) => s.setDigits);
  const other = nextLang(lang);
  return (
    <div className="lang-controls">
      {LANGUAGES[lang].ownDigits && (
        <label className="check">
          <input
            type="checkbox"
            checked={digits === 'latn'}
            onChange={(e) => setDigits(e.target.checked ? 'latn' : 'native')}
          />
          {t('app.digits')}
        </label>
      )}
      <button type="button" className="btn" lang={other} onClick={() => void switchLanguage(other)}>
        {t('app.switchLanguage')}
      </button>
    </div>
  );
}
