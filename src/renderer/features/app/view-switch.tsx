import { useTranslation } from 'react-i18next';
import { useTabs } from '../workspace/tabs-store.ts';

type AppView = 'single' | 'compare';

const views: AppView[] = ['single', 'compare'];

/**
 * A segmented control: two toggle buttons, the pressed one being the kind of tab shown. Compare
 * opens the comparison tab; Request goes back to the request tab shown last.
 */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view: AppView = useTabs((state) =>
    state.tabs.find((tab) => tab.id === state.activeTabId)?.kind === 'comparison' ? 'compare' : 'single',
  );
  const setView = (name: AppView) =>
    name === 'compare' ? useTabs.getState().openComparison() : useTabs.getState().showRequest();
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t('ui.views.label')}</legend>
      {views.map((name) => (
        <button
          key={name}
          type="button"
          aria-pressed={view === name}
          className={view === name ? 'selected' : undefined}
          onClick={() => setView(name)}
        >
          {t(`ui.views.${name}`)}
        </button>
      ))}
    </fieldset>
  );
}
