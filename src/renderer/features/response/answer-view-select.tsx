import { useTranslation } from 'react-i18next';
import { create } from 'zustand';

export const answerViews = ['markdown', 'plain'] as const;
export type AnswerViewName = (typeof answerViews)[number];

/** How the single view shows answers; Markdown unless the reader asks for the text as it came. */
export const useAnswerView = create<{ view: AnswerViewName; setView(view: AnswerViewName): void }>((set) => ({
  view: 'markdown',
  setView: (view) => set({ view }),
}));

/** The Markdown / Plain text switch beside the response tabs. */
export function AnswerViewSelect() {
  const { t } = useTranslation();
  const view = useAnswerView((state) => state.view);
  const setView = useAnswerView((state) => state.setView);
  return (
    <>
      {/* "Markdown" and "Plain text" say enough beside the answer; the label is for screen readers. */}
      <label className="visually-hidden" htmlFor="answer-view">
        {t('ui.answer.view.label')}
      </label>
      <select
        id="answer-view"
        className="answer-view-select"
        value={view}
        onChange={(event) => setView(event.target.value as AnswerViewName)}
      >
        {answerViews.map((name) => (
          <option key={name} value={name}>
            {t(`ui.answer.view.${name}`)}
          </option>
        ))}
      </select>
    </>
  );
}
