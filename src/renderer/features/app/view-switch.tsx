import { useTranslation } from 'react-i18next';
import { type AppView, useAppView } from './view-store.ts';

const views: AppView[] = ['single', 'compare'];

/** A segmented control: two toggle buttons, the pressed one being the view shown. */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useAppView((state) => state.view);
  const setView = useAppView((state) => state.setView);
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
