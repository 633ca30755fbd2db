import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/result.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatDuration } from '../../lib/format.ts';

/** What failed, what the vendor said, and what to do about it. */
export function ErrorBox(props: {
  error: AppError;
  status?: number;
  partial: boolean;
  onShowRaw?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { error, status } = props;
  // The vendor's words get a block of their own, so the title stays a short headline.
  const { title, hint } = errorText(error, t, error.vendorMessage ? { vendorSuffix: '' } : undefined);
  // Some titles quote the vendor inside a sentence; then the quote is not repeated below, and
  // only the words before it are the headline.
  const quotedAt = error.vendorMessage ? title.indexOf(error.vendorMessage) : -1;
  const vendorMessage = quotedAt === -1 ? error.vendorMessage : undefined;
  const headline = quotedAt > 0 ? title.slice(0, quotedAt) : title;
  const rest = quotedAt > 0 ? title.slice(quotedAt) : '';
  const vendorType = error.vendorType && !title.includes(error.vendorType) ? error.vendorType : undefined;

  return (
    <div className="error-box" role="alert">
      {props.partial && <p className="error-partial">{t('ui.error.partialKept')}</p>}
      <p className="error-title">
        {status !== undefined && <span className="status-badge">{status}</span>}
        <span>
          <strong>{headline}</strong>
          {rest}
        </span>
        {vendorType && <code className="vendor-type">{vendorType}</code>}
      </p>
      {vendorMessage && (
        <div className="error-vendor">
          <span className="error-label">{t('ui.error.vendorSays')}</span>
          <blockquote>{vendorMessage}</blockquote>
        </div>
      )}
      {hint && (
        <p className="error-hint">
          <span className="error-label">{t('ui.error.whatToDo')}</span> {hint}
        </p>
      )}
      {error.retryAfterMs !== undefined && (
        <p className="error-retry">
          {t('ui.error.retryAfter', { wait: formatDuration(error.retryAfterMs, t, i18n.language) })}
        </p>
      )}
      {props.onShowRaw && (
        <button type="button" className="link-button" onClick={props.onShowRaw}>
          {t('ui.error.showRaw')}
        </button>
      )}
    </div>
  );
}
