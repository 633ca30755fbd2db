import { useTranslation } from 'react-i18next';
import type { KeyStatus } from '../../../shared/profile-schemas.ts';

/** "Key …abcd, from the environment": enough to tell keys apart, never the key itself. */
export function KeyStatusText(props: { status: KeyStatus }) {
  const { t } = useTranslation();
  const { status } = props;
  if (status.source === 'not-needed') return <span>{t('ui.key.notNeeded')}</span>;
  if (!status.configured) return <span className="key-missing">{t('ui.key.missing')}</span>;
  const source = t(`ui.key.sources.${status.source}`);
  return (
    <span className="key-configured">
      {status.lastFour
        ? t('ui.key.configured', { lastFour: status.lastFour, source })
        : t('ui.key.configuredWithoutDigits', { source })}
    </span>
  );
}
