import { useTranslation } from 'react-i18next';
import { defaultProfileId, useDraftStore } from '../composer/draft-store.ts';
import { useProfiles } from '../profiles/use-profiles.ts';

const isApple = /Mac|iPhone|iPad/.test(navigator.platform);

/** Before the first answer: what to do, and a request that works with no key at all. */
export function EmptyState() {
  const { t } = useTranslation();
  const mock = useProfiles().data?.find((profile) => profile.id === defaultProfileId);
  // Offered on the Local mock only (where a first run starts): it never switches a tab's provider.
  const onMock = useDraftStore((state) => state.profileId === defaultProfileId);

  const tryRequest = () => {
    if (!mock) return;
    const draft = useDraftStore.getState();
    const first = useDraftStore.getState().messages.find((message) => message.role === 'user');
    if (first && !first.content.trim()) draft.setMessageContent(first.id, t('ui.messages.sample'));
    // On the next frame, once the composer shows what will be sent.
    requestAnimationFrame(() => document.querySelector<HTMLFormElement>('form.composer')?.requestSubmit());
  };

  return (
    <div className="empty-state">
      <p className="empty-title">{t('ui.empty.title')}</p>
      <p>{t(isApple ? 'ui.empty.bodyApple' : 'ui.empty.body')}</p>
      {mock && onMock && (
        <>
          <button
            type="button"
            className="send-button"
            onClick={tryRequest}
            aria-describedby="try-request-help"
          >
            {t('ui.empty.try')}
          </button>
          <p className="field-help" id="try-request-help">
            {t('ui.empty.tryHelp')}
          </p>
        </>
      )}
    </div>
  );
}
