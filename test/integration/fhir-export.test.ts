import { useIntegrationApi } from '../helpers/integration';
import { kit } from '../helpers/kit';
import type { TestUser } from '../helpers/local-stack';
import { bundleErrors } from '../unit/fhir/fhir-schema';

// The client kit's documents (schema/operations/), as the apps send them.
const EXPORT = kit('ExportFhir');
const LOG = kit('LogSession');
const SUBMIT = kit('SubmitMeasure');
const PROFILE = kit('UpdateProfile');
const SHARE_CODE = kit('MyShareCode');
const INVITE = kit('InviteTherapist');
const ACCEPT = kit('AcceptInvitation');

type Resource = Record<string, unknown> & { resourceType: string; id: string };
type Bundle = { resourceType: string; type: string; entry: Array<{ fullUrl: string; resource: Resource }> };
type Exported = { exportFhir: { bundle: string; resourceCount: number; generatedAt: string; complete: boolean } };

const HOUR_MS = 3_600_000;
const code = (res: { body: { errors?: Array<{ extensions?: { code?: string } }> } }) => res.body.errors?.[0]?.extensions?.code;
const ofType = (bundle: Bundle, type: string) => bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

describe('FHIR export (integration)', () => {
  const {
    api,
    users: { river, sky, rowan },
    recorder,
  } = useIntegrationApi({ users: { river: {}, sky: {}, rowan: { group: 'therapists' } }, seed });
  const ids: { riverSession?: string; riverMeasures: string[]; skySession?: string; skyMeasure?: string } = { riverMeasures: [] };

  async function ok<T>(document: string, variables: Record<string, unknown>, user: TestUser): Promise<T> {
    const res = await api.gql<T>(document, variables, user.accessToken);
    expect(res.body.errors).toBeUndefined();
    return res.body.data as T;
  }

  async function logSession(user: TestUser, distressBefore: number, distressAfter: number): Promise<string> {
    const input = {
      startedAt: new Date(Date.now() - 5 * HOUR_MS).toISOString(),
      durationMinutes: 30,
      distressBefore,
      distressAfter,
      reflection: `PRIVATE-${user.sub}`,
    };
    return (await ok<{ logSession: { session: { id: string } } }>(LOG, { input }, user)).logSession.session.id;
  }

  async function submit(user: TestUser, instrument: string, answers: number[]): Promise<string> {
    return (await ok<{ submitMeasure: { measure: { id: string } } }>(SUBMIT, { input: { instrument, answers } }, user)).submitMeasure.measure.id;
  }

  async function seed() {
    await ok(PROFILE, { input: { version: 1, displayName: 'River' } }, river);
    await ok(PROFILE, { input: { version: 1, displayName: 'Rowan' } }, rowan);
    ids.riverSession = await logSession(river, 7, 3);
    ids.riverMeasures.push(await submit(river, 'PHQ9', [1, 1, 1, 1, 1, 1, 1, 1, 0]), await submit(river, 'WHO5', [3, 3, 3, 3, 3]));
    ids.skySession = await logSession(sky, 9, 8);
    ids.skyMeasure = await submit(sky, 'GAD7', [3, 3, 3, 3, 3, 3, 3]);
    const shareCode = (await ok<{ myShareCode: string }>(SHARE_CODE, {}, rowan)).myShareCode;
    await ok(INVITE, { input: { shareCode, scopes: ['SESSIONS', 'MEASURES'] } }, river);
    await ok(ACCEPT, { input: { clientId: river.sub } }, rowan);
  }

  async function exportFor(user: TestUser, input?: Record<string, unknown>) {
    const data = await ok<Exported>(EXPORT, input ? { input } : {}, user);
    return { payload: data.exportFhir, bundle: JSON.parse(data.exportFhir.bundle) as Bundle };
  }

  it('exports the member’s measures, session distress and share, every resource valid against the FHIR R4 schema', async () => {
    const { payload, bundle } = await exportFor(river);

    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundleErrors(bundle)).toEqual([]);
    expect(bundle.entry.map((e) => e.resource.resourceType).sort()).toEqual(
      ['Consent', 'Observation', 'Observation', 'Patient', 'Questionnaire', 'Questionnaire', 'QuestionnaireResponse', 'QuestionnaireResponse'].sort(),
    );
    expect(payload).toMatchObject({ resourceCount: 8, complete: true });
    expect(ofType(bundle, 'Patient')[0]).toMatchObject({ identifier: [{ value: river.sub }], name: [{ text: 'River' }] });
    expect(ofType(bundle, 'Observation').map((o) => o.valueInteger)).toEqual([7, 3]);
    expect(ofType(bundle, 'QuestionnaireResponse').map((r) => (r.identifier as { value: string }).value)).toEqual(ids.riverMeasures);
    expect(ofType(bundle, 'Consent')[0]).toMatchObject({
      status: 'active',
      provision: { actor: [{ reference: { display: 'Rowan' } }], class: [{ code: 'SESSIONS' }, { code: 'MEASURES' }] },
    });
    expect(payload.bundle).not.toContain('PRIVATE');
  });

  it('reads the profile and one page of each section side by side, and writes nothing', async () => {
    recorder.reset();

    await exportFor(river);

    expect([...recorder.calls].sort()).toEqual(['BatchGetItem', 'Query', 'Query', 'Query']);
    expect(recorder.depth()).toBe(1);
    expect(recorder.writes()).toBe(0);
  });

  it('reads only the sections asked for', async () => {
    recorder.reset();

    const { bundle } = await exportFor(river, { include: ['SESSIONS'] });

    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['Patient', 'Observation', 'Observation']);
    expect([...recorder.calls].sort()).toEqual(['BatchGetItem', 'Query']);
  });

  it('never shows another member’s data', async () => {
    const { payload } = await exportFor(river);
    const { payload: skys, bundle: skyBundle } = await exportFor(sky);

    for (const foreign of [sky.sub, ids.skySession!, ids.skyMeasure!]) expect(payload.bundle).not.toContain(foreign);
    for (const foreign of [river.sub, ids.riverSession!, ...ids.riverMeasures, 'River', 'Rowan']) expect(skys.bundle).not.toContain(foreign);
    expect(ofType(skyBundle, 'Observation').map((o) => o.valueInteger)).toEqual([9, 8]);
    expect(ofType(skyBundle, 'Consent')).toEqual([]);
  });

  it('gives a therapist their own data only, never a client’s', async () => {
    const { payload, bundle } = await exportFor(rowan);

    expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual(['Patient']);
    expect(ofType(bundle, 'Patient')[0]).toMatchObject({ identifier: [{ value: rowan.sub }], name: [{ text: 'Rowan' }] });
    for (const foreign of [river.sub, ids.riverSession!, ...ids.riverMeasures, 'River']) expect(payload.bundle).not.toContain(foreign);
  });

  it.each([
    ['an unknown section', { include: ['JOURNAL'] }],
    ['no section at all', { include: [] }],
  ])('refuses %s as BAD_USER_INPUT without reading or writing', async (_case, input) => {
    recorder.reset();

    const res = await api.gql(EXPORT, { input }, river.accessToken);

    expect(code(res)).toBe('BAD_USER_INPUT');
    expect(res.body.data?.exportFhir ?? null).toBeNull();
    expect(recorder.count()).toBe(0);
  });

  it('refuses an anonymous caller', async () => {
    const res = await api.gql(EXPORT, {});

    expect(code(res)).toBe('UNAUTHENTICATED');
  });
});
