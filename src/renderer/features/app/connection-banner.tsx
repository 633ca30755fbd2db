import { useTranslation } from 'react-i18next';
import { useConnection } from '../../lib/bridge-context.tsx';

// Below this many failures the first connection is simply still starting; no need to alarm anyone.
const attemptsBeforeWarning = 3;
// A host that stays away this long has most likely been restarted, with a new token.
const attemptsBeforeRestartAdvice = 5;

export function ConnectionBanner() {
  const { t } = useTranslation();
  const { status, hasConnected, failedAttempts } = useConnection((state) => state);
  if (status === 'open') return null;
  if (!hasConnected && failedAttempts < attemptsBeforeWarning) return null;
  return (
    // `status`, not `alert`: the alert role belongs to the error of the current request.
    <div className="connection-banner" role="status">
      {hasConnected ? t('ui.connection.reconnecting') : t('ui.connection.unreachable')}
      {hasConnected &&
        failedAttempts >= attemptsBeforeRestartAdvice &&
        ` ${t('ui.connection.restartAdvice')}`}
    </div>
  );
}
