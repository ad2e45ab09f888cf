import { useTranslation } from 'react-i18next';

export function UrlNotice({ params, onDismiss }: { params: string[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <span>{t('notice.badParams', { params: [...new Set(params)].join(', ') })}</span>
      <button type="button" className="btn btn-small" onClick={onDismiss}>
        {t('notice.dismiss')}
      </button>
    </div>
  );
}
