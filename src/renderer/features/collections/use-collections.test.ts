import { describe, expect, it } from 'vitest';
import type { CollectionView } from '../../../shared/collection-contract.ts';
import { blankDraft } from '../composer/draft-store.ts';
import { definedNames, missingVariables } from './use-collections.ts';

const collection: CollectionView = {
  id: '00000000-0000-4000-8000-000000000000',
  name: 'Team',
  folder: '/tmp/team',
  environment: 'production',
  variables: {
    variables: { topic: 'tides', token: 'development-token' },
    secrets: [{ name: 'relay', hasValue: true }],
  },
  environments: {
    production: { variables: { region: 'eu' }, secrets: [{ name: 'token', hasValue: false }] },
  },
  items: [],
  problems: [],
};

describe('which variables a draft can fill in', () => {
  it("takes the collection's names and the environment's, as the host does", () => {
    expect([...definedNames(collection)].sort()).toEqual(['region', 'relay', 'topic']);
  });

  it("names an environment's secret with no value here as missing, not the collection's value", () => {
    const draft = blankDraft('mock', 'mock-default');
    draft.system = 'About {{topic}} in {{region}}';
    draft.messages = [{ id: 'm', role: 'user', content: 'Use {{token}} and {{token}}, then {{unknown}}' }];
    expect(missingVariables(draft, collection)).toEqual(['token', 'unknown']);
    expect(missingVariables(draft, { ...collection, environment: undefined })).toEqual(['region', 'unknown']);
  });
});
