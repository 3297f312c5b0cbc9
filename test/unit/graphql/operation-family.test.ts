import '../../helpers/unit-env';
import { isObjectType } from 'graphql';
import { operationFamily, ROOT_FIELD_FAMILY } from '../../../services/graphql/operation-family';
import { getSchema } from '../../../services/graphql/schema';

describe('operationFamily', () => {
  it.each([
    ['query', ['me'], 'read'],
    ['query', ['timeline', 'insights'], 'read'],
    ['mutation', ['logSession'], 'write'],
    ['query', ['clientTimeline'], 'therapist'],
    ['mutation', ['suggestPractice'], 'therapist'],
    ['query', ['myCircles'], 'circle'],
    ['mutation', ['postCheckIn'], 'circle'],
    ['query', ['exportMyData'], 'account'],
    ['mutation', ['deleteMyAccount'], 'account'],
    ['query', ['me', 'myCircles', 'exportMyData'], 'account'],
    ['query', ['__typename'], 'read'],
    ['query', ['constructor'], 'read'],
  ] as const)('files a %s of %j under %s', (type, fields, family) => {
    expect(operationFamily(type, fields)).toBe(family);
  });

  it('names only root fields the schema has (a rename here would file an operation under read or write)', () => {
    const schema = getSchema();
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => (isObjectType(type) ? Object.keys(type.getFields()) : []));

    expect(Object.keys(ROOT_FIELD_FAMILY).filter((field) => !roots.includes(field))).toEqual([]);
  });
});
