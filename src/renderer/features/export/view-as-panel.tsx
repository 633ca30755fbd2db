import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import { type TranslationTarget, translateRequest } from '../../../shared/format-translation.ts';
import { CodeView, NoteList } from './code-view.tsx';
import { translationTargets } from './export-targets.ts';

/** The request body in either wire format, the other one first, with what does not carry over. */
export function ViewAsPanel(props: { request: ChatRequest; initialFormat: TranslationTarget }) {
  const { t } = useTranslation();
  const [format, setFormat] = useState(props.initialFormat);
  const { request } = props;
  const translated = useMemo(() => translateRequest(request, format), [request, format]);
  const json = useMemo(() => JSON.stringify(translated.body, null, 2), [translated]);
  const extraFields = Object.keys(request.extra ?? {});
  const notes =
    extraFields.length > 0
      ? [...translated.notes, t('ui.export.viewAs.extraLeftOut', { fields: extraFields.join(', ') })]
      : translated.notes;
  const formatName = t(`ui.export.viewAs.formats.${format}`);

  return (
    <div className="export-code">
      <fieldset className="segmented">
        <legend>{t('ui.export.viewAs.legend')}</legend>
        <div className="segmented-options">
          {translationTargets.map((candidate) => (
            <label key={candidate} className={candidate === format ? 'selected' : undefined}>
              <input
                type="radio"
                name="export-view-as"
                value={candidate}
                checked={candidate === format}
                onChange={() => setFormat(candidate)}
              />
              {t(`ui.export.viewAs.formats.${candidate}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="field-help">{t('ui.export.viewAs.help')}</p>
      <CodeView
        code={json}
        label={t('ui.export.viewAs.bodyLabel', { format: formatName })}
        caption={t('ui.export.languages.json')}
        testId="export-view-as"
      />
      <NoteList notes={notes} emptyText={t('ui.export.viewAs.noNotes')} />
    </div>
  );
}
