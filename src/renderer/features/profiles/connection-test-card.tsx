import { useTranslation } from 'react-i18next';
import type { ConnectionTestResult } from '../../../shared/network-schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { viaTitle } from '../../lib/via-text.ts';
import { ErrorBox } from '../response/error-box.tsx';
import { clockTime } from './key-state-chip.tsx';

/** Where the test went (URL, direct or through which proxy, which address) and how it was answered. */
export function ConnectionTestCard(props: { result: ConnectionTestResult; at: number }) {
  const { t, i18n } = useTranslation();
  const { result } = props;
  const failed = result.error !== undefined;
  const unknown = t('ui.connectionTest.unknown');
  const rows = [
    { id: 'url', label: t('ui.connectionTest.url'), value: result.url, code: true },
    {
      id: 'path',
      label: t('ui.connectionTest.path'),
      value: viaTitle(result.via, t),
      detail: t(`ui.connectionTest.proxyModes.${result.proxyMode}`),
      code: false,
    },
    {
      id: 'address',
      label: t('ui.connectionTest.address'),
      value: result.resolvedAddress ?? unknown,
      code: true,
    },
    {
      id: 'status',
      label: t('ui.connectionTest.status'),
      value: result.status === undefined ? unknown : String(result.status),
      code: true,
    },
    {
      id: 'latency',
      label: t('ui.connectionTest.latency'),
      value: t('ui.units.milliseconds', { value: formatNumber(Math.round(result.latencyMs), i18n.language) }),
      code: true,
    },
  ];

  return (
    <section
      className={failed ? 'test-card failed' : 'test-card'}
      aria-label={t('ui.connectionTest.resultLabel')}
      data-testid="connection-test-result"
    >
      <p className="test-card-header">
        <span className={failed ? 'test-outcome bad' : 'test-outcome good'}>
          {failed ? t('ui.connectionTest.failed') : t('ui.connectionTest.succeeded')}
        </span>
        <span className="test-time">
          {t('ui.connectionTest.testedAt', { time: clockTime(props.at, i18n.language) })}
        </span>
      </p>
      <dl className="test-facts">
        {rows.map((row) => (
          <div className="test-fact" key={row.id}>
            <dt>{row.label}</dt>
            <dd data-testid={`connection-test-${row.id}`} className={row.code ? 'code-value' : undefined}>
              {row.value}
              {row.detail && <span className="fact-detail">{row.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {result.error && <ErrorBox error={result.error} status={result.error.status} partial={false} />}
    </section>
  );
}
