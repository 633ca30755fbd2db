import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionView, VariableScope } from '../../../shared/collection-contract.ts';
import { useBridge } from '../../lib/bridge-context.tsx';
import { errorSentence } from '../../lib/error-text.ts';
import { ModalDialog } from '../app/modal-dialog.tsx';
import { useUpdateCollection } from './use-collections.ts';
import { rowsIssue, rowsOf, scopeOf, type VariableRow } from './variable-rows.ts';

/** '' is the collection's own values; any other key an environment's name. */
type ScopeKey = string;

/** The variables of a collection and of each environment; secrets are typed in, never shown back. */
export function VariablesDialog(props: { collection: CollectionView; open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={props.open}
      onClose={props.onClose}
      titleId={`variables-title-${props.collection.id}`}
      title={t('ui.collections.variablesOf', { name: props.collection.name })}
      subtitle={props.collection.folder}
      className="collection-dialog variables-dialog"
    >
      <VariablesForm collection={props.collection} />
    </ModalDialog>
  );
}

function VariablesForm(props: { collection: CollectionView }) {
  const { t } = useTranslation();
  const bridge = useBridge();
  const update = useUpdateCollection();
  const { collection } = props;
  const [scope, setScope] = useState<ScopeKey>(collection.environment ?? '');
  // Every scope's rows as edited: switching scope loses nothing typed in another.
  const [edits, setEdits] = useState<Record<ScopeKey, VariableRow[]>>({});
  const [newName, setNewName] = useState<string>();
  const [status, setStatus] = useState<{ text: string; failed: boolean }>();
  const saved: VariableScope | undefined =
    scope === '' ? collection.variables : collection.environments[scope];
  const rows = edits[scope] ?? rowsOf(saved);
  const scopes = ['', ...Object.keys(collection.environments).sort()];
  if (!scopes.includes(scope)) scopes.push(scope);
  const issue = rowsIssue(rows);

  const setRows = (next: VariableRow[]) => {
    setEdits({ ...edits, [scope]: next });
    setStatus(undefined);
  };
  const change = (index: number, patch: Partial<VariableRow>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (issue) return;
    const result = await bridge['collections.saveVariables']({
      collectionId: collection.id,
      ...(scope !== '' && { environment: scope }),
      ...scopeOf(rows),
    });
    if (!result.ok) {
      setStatus({
        text: t('ui.variables.failed', { reason: errorSentence(result.error, t) }),
        failed: true,
      });
      return;
    }
    update(result.value);
    const { [scope]: _saved, ...others } = edits;
    setEdits(others);
    setStatus({ text: t('ui.variables.saved'), failed: false });
  };

  return (
    <form className="dialog-body variables-form" onSubmit={(event) => void submit(event)}>
      <div className="variables-scope">
        <label className="field-label" htmlFor="variables-scope">
          {t('ui.variables.scope')}
        </label>
        <select
          id="variables-scope"
          value={newName === undefined ? scope : '\u0000new'}
          onChange={(event) => {
            if (event.target.value === '\u0000new') setNewName('');
            else {
              setNewName(undefined);
              setScope(event.target.value);
            }
          }}
        >
          {scopes.map((key) => (
            <option key={key} value={key}>
              {key === ''
                ? t('ui.variables.collectionScope')
                : t('ui.variables.environmentScope', { environment: key })}
            </option>
          ))}
          <option value={'\u0000new'}>{t('ui.variables.newEnvironment')}</option>
        </select>
        {newName !== undefined && (
          <>
            <input
              aria-label={t('ui.variables.newEnvironmentName')}
              value={newName}
              // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked for it.
              autoFocus
              onChange={(event) => setNewName(event.target.value)}
            />
            <button
              type="button"
              disabled={!/^[\w-][\w.-]{0,99}$/.test(newName.trim())}
              onClick={() => {
                setScope(newName.trim());
                setNewName(undefined);
              }}
            >
              {t('ui.variables.create')}
            </button>
          </>
        )}
      </div>
      <p className="field-help">{t('ui.variables.order', { example: '{{name}}' })}</p>
      <table className="variables-table">
        <thead>
          <tr>
            <th>{t('ui.variables.name')}</th>
            <th>{t('ui.variables.value')}</th>
            <th>{t('ui.variables.secret')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td>
                <input
                  aria-label={`${t('ui.variables.name')} ${index + 1}`}
                  value={row.name}
                  spellCheck={false}
                  onChange={(event) => change(index, { name: event.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`${t('ui.variables.value')} ${index + 1}`}
                  type={row.secret ? 'password' : 'text'}
                  autoComplete="off"
                  value={row.value}
                  placeholder={
                    row.secret
                      ? row.hasValue
                        ? t('ui.variables.secretStored')
                        : t('ui.variables.secretMissing')
                      : ''
                  }
                  onChange={(event) => change(index, { value: event.target.value })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t('ui.variables.secret')} ${index + 1}`}
                  checked={row.secret}
                  onChange={(event) => change(index, { secret: event.target.checked })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('ui.variables.remove', { name: row.name || index + 1 })}
                  onClick={() => setRows(rows.filter((_, at) => at !== index))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field-help">{t('ui.variables.secretHelp')}</p>
      {issue && (
        <p className="field-issue" role="alert">
          {issue.kind === 'duplicate'
            ? t('ui.variables.duplicate', { name: issue.name })
            : t('ui.variables.invalidName')}
        </p>
      )}
      {status && (
        <p className={status.failed ? 'field-issue' : 'field-help'} role={status.failed ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      <div className="dialog-footer">
        <button
          type="button"
          onClick={() =>
            setRows([
              ...rows,
              { key: crypto.randomUUID(), name: '', value: '', secret: false, hasValue: false },
            ])
          }
        >
          {t('ui.variables.add')}
        </button>
        <button type="submit" className="primary-button" disabled={issue !== undefined}>
          {t('ui.variables.save')}
        </button>
      </div>
    </form>
  );
}
