import { useTranslation } from 'react-i18next';
import type { KeySlot } from '../../../shared/profile-schemas.ts';

/** unused, ok, rate-limited until 14:03:27, rejected: what the last request learned of the key. */
export function KeyStateChip(props: { slot: KeySlot; now: number }) {
  const { t, i18n } = useTranslation();
  const { slot, now } = props;
  const until = slot.state === 'rate-limited' ? slot.rateLimitedUntil : undefined;
  const text =
    until !== undefined && until > now
      ? t('ui.keys.states.rateLimitedUntil', { time: clockTime(until, i18n.language) })
      : t(`ui.keys.states.${slot.state}`);
  return <span className={`state-chip state-${slot.state}`}>{text}</span>;
}

export function clockTime(epochMilliseconds: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(epochMilliseconds);
}
