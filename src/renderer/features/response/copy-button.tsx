import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function CopyButton(props: { text: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className="copy-button"
      onClick={() => void navigator.clipboard.writeText(props.text).then(() => setCopied(true))}
    >
      {copied ? t('ui.answer.copied') : props.label}
    </button>
  );
}
