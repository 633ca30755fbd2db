import { type KeyboardEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDraftStore } from '../composer/draft-store.ts';
import { preloadMarkdown } from '../markdown/lazy-markdown-view.tsx';
import { useProfiles } from '../profiles/use-profiles.ts';
import { AnswerDiff } from './answer-diff.tsx';
import { sendToAll } from './compare-actions.ts';
import { ComparePane } from './compare-pane.tsx';
import { useCompareStore } from './compare-store.ts';
import { CompareSummary } from './compare-summary.tsx';
import { CompareToolbar } from './compare-toolbar.tsx';
import { ComparisonFileBar } from './comparison-file-bar.tsx';
import { ConversationEditor } from './conversation-editor.tsx';
import { FollowUpBar } from './follow-up-bar.tsx';
import { usePaneRuns } from './pane-runs-context.tsx';
import { SavedComparisonList } from './saved-comparison-list.tsx';

// The panes show Markdown from their first answer: its code loads with the comparison.
preloadMarkdown();

/** The Compare view: the shared conversation on the left, the panes and how they compare on the right. */
export function CompareView() {
  const { t } = useTranslation();
  const runs = usePaneRuns();
  const profiles = useProfiles();
  const paneIds = useCompareStore(useShallow((state) => state.panes.map((pane) => pane.id)));

  // The first visit starts from the composer's conversation, profile and model.
  useEffect(() => {
    if (!profiles.data || useCompareStore.getState().initialized) return;
    const draft = useDraftStore.getState();
    draft.initialize(profiles.data, t('ui.messages.sample'));
    const { profileId, model, system, messages } = useDraftStore.getState();
    useCompareStore.getState().initialize({ profileId, model, system, messages });
  }, [profiles.data, t]);

  useEffect(() => runs.keepOnly(paneIds), [runs, paneIds]);

  function onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      sendToAll(runs);
      return;
    }
    // Plain Enter in a one-line field would do nothing useful; in a form it could send a paid request.
    if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') event.preventDefault();
  }

  return (
    // Ctrl/Cmd+Enter from any field sends to all, as in the composer.
    <main className="compare-workspace" aria-label={t('ui.compare.label')} onKeyDown={onKeyDown}>
      <aside className="compare-sidebar" aria-label={t('ui.compare.sidebarLabel')}>
        <ComparisonFileBar />
        <ConversationEditor />
        <SavedComparisonList />
      </aside>
      <div className="compare-main">
        <CompareToolbar />
        <div className="pane-grid" data-pane-count={paneIds.length}>
          {paneIds.map((paneId, index) => (
            <ComparePane key={paneId} paneId={paneId} index={index} count={paneIds.length} />
          ))}
        </div>
        <FollowUpBar />
        <CompareSummary />
        <AnswerDiff />
      </div>
    </main>
  );
}
