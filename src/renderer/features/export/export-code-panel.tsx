import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChatRequest } from '../../../shared/chat-schemas.ts';
import type { ProfileSummary } from '../../../shared/profile-schemas.ts';
import { appErrorOf } from '../profiles/use-profiles.ts';
import { ErrorBox } from '../response/error-box.tsx';
import { CodeView, NoteList } from './code-view.tsx';
import { exportTargets, useLastTarget } from './export-targets.ts';
import { IncludedKeyWarning, IncludeKeyToggle } from './include-key-toggle.tsx';
import { useExportedCode } from './use-exported-code.ts';

/** The Code tab: a target, the key choice, the code with Copy, and what the export noted. */
export function ExportCodePanel(props: {
  profileId: string;
  request: ChatRequest;
  profile: ProfileSummary | undefined;
}) {
  const { t } = useTranslation();
  const target = useLastTarget((state) => state.target);
  const chooseTarget = useLastTarget((state) => state.choose);
  // Off at every opening: a key written into code is a choice made for one export, not a setting.
  const [includeKey, setIncludeKey] = useState(false);
  const exported = useExportedCode({
    profileId: props.profileId,
    request: props.request,
    target,
    includeKey,
  });
  const error = exported.isFetching ? undefined : appErrorOf(exported.error);
  const value = exported.data;
  // An unknown profile (deleted since) still gets the box: the host's error says what happened.
  const needsKey = props.profile?.key.source !== 'not-needed';

  return (
    <div className="export-code">
      <fieldset className="segmented">
        <legend>{t('ui.export.targetLegend')}</legend>
        <div className="segmented-options">
          {exportTargets.map((candidate) => (
            <label key={candidate} className={candidate === target ? 'selected' : undefined}>
              <input
                type="radio"
                name="export-target"
                value={candidate}
                checked={candidate === target}
                onChange={() => chooseTarget(candidate)}
              />
              {t(`ui.export.targets.${candidate}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <IncludeKeyToggle
        checked={includeKey}
        needsKey={needsKey}
        profileName={props.profile?.name ?? t('ui.export.unknownProfile')}
        onChange={setIncludeKey}
      />
      {includeKey && (value?.containsKey ?? true) && <IncludedKeyWarning />}
      {error ? (
        <ErrorBox error={error} partial={false} />
      ) : (
        <CodeView
          code={value?.code}
          label={t('ui.export.codeLabel')}
          caption={value && t(`ui.export.languages.${value.language}`)}
          testId="export-code"
          busy={exported.isPlaceholderData}
        />
      )}
      {value?.keyVariable && !value.containsKey && (
        <p className="field-help">{t('ui.export.keyVariable', { variable: value.keyVariable })}</p>
      )}
      {value && <NoteList notes={value.notes} />}
    </div>
  );
}
