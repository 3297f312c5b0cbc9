import { SCHEMA_VERSIONS } from '../../../../../services/shared/db/catalogue/shapes';
import { pendingShape } from '../../../../../services/shared/db/migrations/item-migration';
import { checkMigrations, type Migration } from '../../../../../services/shared/db/migrations/migration';
import { MIGRATIONS } from '../../../../../services/shared/db/migrations/registry';
import { runId } from '../../../../../services/shared/db/migrations/runner';

const toTwo: Migration = { id: 'profile-2', entity: 'Profile', from: 1, to: 2, transform: (item) => ({ ...item, locale: item.locale ?? 'en-GB' }) };
const toThree: Migration = { id: 'profile-3', entity: 'Profile', from: 2, to: 3, transform: ({ pronouns: _dropped, ...item }) => item };
const versions = { ...SCHEMA_VERSIONS, Profile: 3 };

describe('migrations', () => {
  describe('registry', () => {
    it('chains every entity from version 1 to the version the code writes', () => {
      expect(() => checkMigrations(MIGRATIONS)).not.toThrow();
    });
  });

  describe('checkMigrations', () => {
    it('refuses a raised version with a missing step, a step that skips, a step past the current version and a repeated id', () => {
      expect(() => checkMigrations([toTwo], versions)).toThrow(/Profile .* from 2/);
      expect(() => checkMigrations([{ ...toTwo, to: 3 }], versions)).toThrow(/one version up/);
      expect(() => checkMigrations([toTwo, toThree])).toThrow(/goes past version 1/);
      expect(() => checkMigrations([toTwo, toTwo], versions)).toThrow(/twice/);
      expect(() => checkMigrations([toThree, toTwo], versions)).not.toThrow();
    });
  });

  describe('pendingShape', () => {
    it('takes an unversioned item through every step of its entity, in order, and stamps the last version', () => {
      const item = { PK: 'USER#a', SK: 'PROFILE', entity: 'Profile', pronouns: 'they', version: 4 };

      expect(pendingShape(item, [toThree, toTwo])).toEqual({
        next: { PK: 'USER#a', SK: 'PROFILE', entity: 'Profile', locale: 'en-GB', version: 4, schemaVersion: 3 },
        applied: ['profile-2', 'profile-3'],
      });
      expect(item).toEqual({ PK: 'USER#a', SK: 'PROFILE', entity: 'Profile', pronouns: 'they', version: 4 });
    });

    it('answers null for an item already current, or of another entity', () => {
      expect(pendingShape({ PK: 'p', SK: 's', entity: 'Profile', schemaVersion: 3 }, [toTwo, toThree])).toBeNull();
      expect(pendingShape({ PK: 'p', SK: 's', entity: 'Session' }, [toTwo, toThree])).toBeNull();
    });

    it('refuses a migration that moves an item to another key', () => {
      const move: Migration = { ...toTwo, transform: (item) => ({ ...item, SK: 'ELSEWHERE' }) };

      expect(() => pendingShape({ PK: 'p', SK: 's', entity: 'Profile' }, [move])).toThrow(/changed the key/);
    });
  });

  describe('runId', () => {
    it('names a set of migrations whatever their order, and another set otherwise', () => {
      expect(runId([toTwo, toThree])).toBe(runId([toThree, toTwo]));
      expect(runId([toTwo])).not.toBe(runId([toTwo, toThree]));
    });
  });
});
