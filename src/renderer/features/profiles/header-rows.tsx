import { useTranslation } from 'react-i18next';
import { describedBy } from '../composer/field-issue.tsx';
import { type HeaderRow, isKeptMasked, newRowId } from './profile-settings-draft.ts';

/**
 * Extra headers as name/value rows. A credential header arrives masked; its value is shown as it
 * came and sent back untouched, which tells the host to keep the stored one, unless it is retyped.
 */
export function HeaderRows(props: {
  rows: HeaderRow[];
  onChange(rows: HeaderRow[]): void;
  issueOf(field: string): string | undefined;
}) {
  const { t } = useTranslation();
  const { rows, onChange, issueOf } = props;
  const change = (id: string, patch: Partial<HeaderRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));

  function add(): void {
    const row = { id: newRowId(), name: '', value: '' };
    onChange([...rows, row]);
    // The new row's name field exists once React has drawn it.
    requestAnimationFrame(() => document.getElementById(`header-${row.id}-name`)?.focus());
  }

  return (
    <fieldset className="settings-table-group">
      <legend>{t('ui.profiles.headers.legend')}</legend>
      <p className="field-help" id="profile-headers-help">
        {t('ui.profiles.headers.help')}
      </p>
      {rows.length === 0 ? (
        <p className="field-help empty-table">{t('ui.profiles.headers.empty')}</p>
      ) : (
        <div className="settings-table header-table-editor">
          <span className="column-title" aria-hidden="true">
            {t('ui.profiles.headers.name')}
          </span>
          <span className="column-title" aria-hidden="true">
            {t('ui.profiles.headers.value')}
          </span>
          <span aria-hidden="true" />
          {rows.map((row, index) => {
            const number = index + 1;
            const nameId = `header-${row.id}-name`;
            const valueId = `header-${row.id}-value`;
            const nameIssue = issueOf(`header.${row.id}.name`);
            const valueIssue = issueOf(`header.${row.id}.value`);
            const masked = isKeptMasked(row);
            return (
              <div className="settings-row" key={row.id}>
                <div className="cell">
                  <input
                    id={nameId}
                    type="text"
                    className="code-input"
                    autoComplete="off"
                    spellCheck={false}
                    value={row.name}
                    placeholder={t('ui.profiles.headers.namePlaceholder')}
                    aria-label={t('ui.profiles.headers.nameLabel', { number })}
                    aria-invalid={nameIssue ? true : undefined}
                    aria-describedby={describedBy(nameIssue && `${nameId}-issue`)}
                    onChange={(event) => change(row.id, { name: event.target.value })}
                  />
                  {nameIssue && (
                    <p className="field-issue" id={`${nameId}-issue`}>
                      {nameIssue}
                    </p>
                  )}
                </div>
                <div className="cell">
                  <input
                    id={valueId}
                    type="text"
                    className="code-input"
                    autoComplete="off"
                    spellCheck={false}
                    value={row.value}
                    aria-label={t('ui.profiles.headers.valueLabel', { number })}
                    aria-invalid={valueIssue ? true : undefined}
                    aria-describedby={describedBy(
                      valueIssue && `${valueId}-issue`,
                      masked && `${valueId}-masked`,
                    )}
                    // Typing over a masked value replaces it whole; editing the mask would send
                    // a value that is neither the stored secret nor a new one.
                    onFocus={(event) => masked && event.target.select()}
                    onChange={(event) => change(row.id, { value: event.target.value })}
                  />
                  {valueIssue && (
                    <p className="field-issue" id={`${valueId}-issue`}>
                      {valueIssue}
                    </p>
                  )}
                  {masked && (
                    <p className="field-help" id={`${valueId}-masked`}>
                      {t('ui.profiles.headers.masked')}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('ui.profiles.headers.remove', { number })}
                  title={t('ui.profiles.headers.remove', { number })}
                  onClick={() => onChange(rows.filter((candidate) => candidate.id !== row.id))}
                >
                  ×
                </button>
              </div>
            );
          })}
        </div>
      )}
      <button type="button" className="small-button add-row" onClick={add}>
        {t('ui.profiles.headers.add')}
      </button>
    </fieldset>
  );
}
