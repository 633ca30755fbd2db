import type { TFunction } from 'i18next';
import type { ConnectionTestResult } from '../../../shared/network-schemas.ts';
import type { AppError } from '../../../shared/result.ts';
import { errorText } from '../../lib/error-text.ts';
import { formatNumber } from '../../lib/format.ts';
import { attemptFailureKind } from '../response/attempt-failure-kind.ts';

/** What a key's Test showed: "200 · 84 ms", "401 key rejected", with the full reason as a tooltip. */
export interface KeyTestOutcome {
  good: boolean;
  text: string;
  detail?: string;
}

export function keyTestOutcome(result: ConnectionTestResult, t: TFunction, language: string): KeyTestOutcome {
  if (!result.error) {
    const latency = t('ui.units.milliseconds', {
      value: formatNumber(Math.round(result.latencyMs), language),
    });
    return { good: true, text: t('ui.keys.testOk', { status: result.status ?? '', latency }) };
  }
  return failedOutcome(result.error, t, result.status);
}

export function failedOutcome(error: AppError, t: TFunction, status = error.status): KeyTestOutcome {
  const failure = t(`ui.attempts.failures.${attemptFailureKind(error)}`);
  const { title, hint } = errorText(error, t);
  return {
    good: false,
    text:
      status === undefined
        ? t('ui.keys.testFailedWithoutStatus', { failure })
        : t('ui.keys.testFailed', { status, failure }),
    detail: [title, hint].filter(Boolean).join(' '),
  };
}
