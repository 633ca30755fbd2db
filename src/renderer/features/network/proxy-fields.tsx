import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../app/use-app-info.ts';
import type { ProxyDraft, ProxyDraftMode } from './proxy-draft.ts';

/**
 * The proxy mode as a radio group with one line on each choice, then the URL and bypass list that
 * only manual mode uses. Shared by Network settings and each profile's Connection group.
 */
export function ProxyFields<Mode extends ProxyDraftMode>(props: {
  idPrefix: string;
  modes: readonly Mode[];
  draft: ProxyDraft<Mode>;
  onChange(draft: ProxyDraft<Mode>): void;
  /** Rendered text of what is wrong with the URL, from the window's checks or the host's. */
  urlIssue?: string;
  /** What "Use default" currently means, for profiles. */
  defaultSummary?: string;
  /** A narrow column: the modes side by side, and only the chosen one explained. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const browserMode = useAppInfo().data?.transport === 'browser';
  const { idPrefix, draft, onChange, urlIssue } = props;
  const urlId = `${idPrefix}-proxy-url`;
  const noProxyId = `${idPrefix}-no-proxy`;

  function explanation(mode: ProxyDraftMode): string {
    if (mode === 'default')
      return t('ui.proxy.explanations.default', {
        current: props.defaultSummary ?? t('ui.proxy.unknownDefault'),
      });
    if (mode === 'system' && browserMode) return t('ui.proxy.explanations.systemBrowser');
    return t(`ui.proxy.explanations.${mode}`);
  }

  return (
    <fieldset className="proxy-fields">
      <legend>{t('ui.proxy.legend')}</legend>
      {props.compact ? (
        <>
          <div className="mode-list compact">
            {props.modes.map((mode) => (
              <label className="mode-choice" key={mode}>
                <input
                  type="radio"
                  name={`${idPrefix}-proxy-mode`}
                  value={mode}
                  checked={draft.mode === mode}
                  onChange={() => onChange({ ...draft, mode })}
                  aria-describedby={draft.mode === mode ? `${idPrefix}-mode-help` : undefined}
                />
                {t(`ui.proxy.modes.${mode}`)}
              </label>
            ))}
          </div>
          <p className="field-help" id={`${idPrefix}-mode-help`}>
            {explanation(draft.mode)}
          </p>
        </>
      ) : (
        <div className="mode-list">
          {props.modes.map((mode) => (
            <label className="mode-choice" key={mode}>
              <input
                type="radio"
                name={`${idPrefix}-proxy-mode`}
                value={mode}
                checked={draft.mode === mode}
                onChange={() => onChange({ ...draft, mode })}
                // The whole row is the click target; the name alone is what a screen reader announces.
                aria-labelledby={`${idPrefix}-mode-${mode}-name`}
                aria-describedby={`${idPrefix}-mode-${mode}-help`}
              />
              <span className="mode-name" id={`${idPrefix}-mode-${mode}-name`}>
                {t(`ui.proxy.modes.${mode}`)}
              </span>
              <span className="mode-help" id={`${idPrefix}-mode-${mode}-help`}>
                {explanation(mode)}
              </span>
            </label>
          ))}
        </div>
      )}
      {/* Manual mode uses these; a refused URL kept from before shows here too, to be fixed. */}
      {(draft.mode === 'manual' || urlIssue) && (
        <div className="manual-proxy">
          <div className="field">
            <label htmlFor={urlId}>{t('ui.proxy.url.label')}</label>
            <input
              id={urlId}
              type="text"
              inputMode="url"
              autoComplete="off"
              spellCheck={false}
              value={draft.url}
              placeholder={t('ui.proxy.url.placeholder')}
              onChange={(event) => onChange({ ...draft, url: event.target.value })}
              aria-invalid={urlIssue ? true : undefined}
              aria-describedby={urlIssue ? `${urlId}-issue` : `${urlId}-help`}
            />
            {/* The host's fix names the accepted schemes, so the help steps aside for it. */}
            {urlIssue ? (
              <p className="field-issue" id={`${urlId}-issue`}>
                {urlIssue}
              </p>
            ) : (
              <p className="field-help" id={`${urlId}-help`}>
                {t('ui.proxy.url.help')}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={noProxyId}>{t('ui.proxy.noProxy.label')}</label>
            <input
              id={noProxyId}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={draft.noProxy}
              placeholder={t('ui.proxy.noProxy.placeholder')}
              onChange={(event) => onChange({ ...draft, noProxy: event.target.value })}
              aria-describedby={`${noProxyId}-help`}
            />
            <p className="field-help" id={`${noProxyId}-help`}>
              {t('ui.proxy.noProxy.help')}
            </p>
          </div>
        </div>
      )}
    </fieldset>
  );
}
