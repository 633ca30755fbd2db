import type { VariableScope } from '../../../shared/collection-contract.ts';

/** One line of the variables table as edited: a secret's value is only what was typed now. */
export interface VariableRow {
  key: string;
  name: string;
  value: string;
  secret: boolean;
  /** A secret whose value this computer already keeps: left empty, it is kept. */
  hasValue: boolean;
}

export function rowsOf(scope: VariableScope | undefined): VariableRow[] {
  if (!scope) return [];
  return [
    ...Object.entries(scope.variables).map(([name, value]) => ({
      key: crypto.randomUUID(),
      name,
      value,
      secret: false,
      hasValue: true,
    })),
    ...scope.secrets.map((secret) => ({
      key: crypto.randomUUID(),
      name: secret.name,
      value: '',
      secret: true,
      hasValue: secret.hasValue,
    })),
  ];
}

const namePattern = /^[A-Za-z_][\w.-]*$/;

/** The first thing that keeps the rows from being saved; blank rows are ignored. */
export function rowsIssue(rows: VariableRow[]): { kind: 'duplicate' | 'name'; name: string } | undefined {
  const seen = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    if (name === '' && row.value === '') continue;
    if (!namePattern.test(name)) return { kind: 'name', name };
    if (seen.has(name)) return { kind: 'duplicate', name };
    seen.add(name);
  }
  return undefined;
}

/** What `collections.saveVariables` takes: a secret typed again is replaced, one left empty is kept. */
export function scopeOf(rows: VariableRow[]): {
  variables: Record<string, string>;
  secrets: { name: string; value?: string }[];
} {
  const variables: Record<string, string> = {};
  const secrets: { name: string; value?: string }[] = [];
  for (const row of rows) {
    const name = row.name.trim();
    if (name === '' && row.value === '') continue;
    if (row.secret) secrets.push(row.value === '' ? { name } : { name, value: row.value });
    else variables[name] = row.value;
  }
  return { variables, secrets };
}
