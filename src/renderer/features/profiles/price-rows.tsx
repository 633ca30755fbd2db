import { useTranslation } from 'react-i18next';
import { describedBy } from '../composer/field-issue.tsx';
import { newRowId, type PriceRow } from './profile-settings-draft.ts';

const priceColumns = ['input', 'output'] as const;

/** The price table: per model, dollars per million input and output tokens. */
export function PriceRows(props: {
  rows: PriceRow[];
  onChange(rows: PriceRow[]): void;
  issueOf(field: string): string | undefined;
  /** The model in the composer: offered as a one-click row when it has no price yet. */
  currentModel: string;
}) {
  const { t } = useTranslation();
  const { rows, onChange, issueOf } = props;
  const change = (id: string, patch: Partial<PriceRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  const currentModel = props.currentModel.trim();
  const currentUnpriced = currentModel !== '' && !rows.some((row) => row.model.trim() === currentModel);

  function add(model: string): void {
    const row = { id: newRowId(), model, input: '', output: '' };
    onChange([...rows, row]);
    const focusId = model ? `price-${row.id}-input` : `price-${row.id}-model`;
    requestAnimationFrame(() => document.getElementById(focusId)?.focus());
  }

  return (
    <fieldset className="settings-table-group">
      <legend>{t('ui.profiles.prices.legend')}</legend>
      <p className="field-help">{t('ui.profiles.prices.help')}</p>
      {rows.length === 0 ? (
        <p className="field-help empty-table">{t('ui.profiles.prices.empty')}</p>
      ) : (
        <div className="settings-table price-table-editor">
          <span className="column-title" aria-hidden="true">
            {t('ui.profiles.prices.model')}
          </span>
          <span className="column-title" aria-hidden="true">
            {t('ui.profiles.prices.input')}
          </span>
          <span className="column-title" aria-hidden="true">
            {t('ui.profiles.prices.output')}
          </span>
          <span aria-hidden="true" />
          {rows.map((row, index) => {
            const number = index + 1;
            const modelId = `price-${row.id}-model`;
            const modelIssue = issueOf(`price.${row.id}.model`);
            return (
              <div className="settings-row" key={row.id}>
                <div className="cell">
                  <input
                    id={modelId}
                    type="text"
                    className="code-input"
                    list="profile-settings-models"
                    autoComplete="off"
                    spellCheck={false}
                    value={row.model}
                    aria-label={t('ui.profiles.prices.modelLabel', { number })}
                    aria-invalid={modelIssue ? true : undefined}
                    aria-describedby={describedBy(modelIssue && `${modelId}-issue`)}
                    onChange={(event) => change(row.id, { model: event.target.value })}
                  />
                  {modelIssue && (
                    <p className="field-issue" id={`${modelId}-issue`}>
                      {modelIssue}
                    </p>
                  )}
                </div>
                {priceColumns.map((column) => {
                  const id = `price-${row.id}-${column}`;
                  const issue = issueOf(`price.${row.id}.${column}`);
                  return (
                    <div className="cell" key={column}>
                      <div className="money-input">
                        <span className="unit" aria-hidden="true">
                          $
                        </span>
                        <input
                          id={id}
                          type="text"
                          inputMode="decimal"
                          autoComplete="off"
                          value={row[column]}
                          placeholder="0.00"
                          aria-label={t(`ui.profiles.prices.${column}Label`, { number })}
                          aria-invalid={issue ? true : undefined}
                          aria-describedby={describedBy(issue && `${id}-issue`)}
                          onChange={(event) => change(row.id, { [column]: event.target.value })}
                        />
                      </div>
                      {issue && (
                        <p className="field-issue" id={`${id}-issue`}>
                          {issue}
                        </p>
                      )}
                    </div>
                  );
                })}
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('ui.profiles.prices.remove', { number })}
                  title={t('ui.profiles.prices.remove', { number })}
                  onClick={() => onChange(rows.filter((candidate) => candidate.id !== row.id))}
                >
                  ×
                </button>
              </div>
            );
          })}
        </div>
      )}
      <div className="row-actions">
        <button type="button" className="small-button add-row" onClick={() => add('')}>
          {t('ui.profiles.prices.add')}
        </button>
        {currentUnpriced && (
          <button type="button" className="small-button add-row" onClick={() => add(currentModel)}>
            {t('ui.profiles.prices.addCurrent', { model: currentModel })}
          </button>
        )}
      </div>
    </fieldset>
  );
}
