import { redactSession } from '../../../services/circles/circle.redaction';
import { AfterState, CatalystKind } from '../../../services/sessions/session.enums';
import type { SessionRecord } from '../../../services/sessions/session.record';

function buildSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: '01JD0000000000000000000000',
    sub: 'member-sub-1',
    status: 'COMPLETED',
    startedAt: '2026-11-20T20:00:00.000Z',
    endedAt: '2026-11-20T20:35:30.000Z',
    localDay: '2026-11-20',
    intention: 'SECRET intention',
    setting: 'SECRET setting',
    distressBefore: 8,
    catalysts: [
      { kind: CatalystKind.MUSIC, reference: 'SECRET song' },
      { kind: CatalystKind.MEMORY, reference: null },
      { kind: CatalystKind.MUSIC, reference: 'SECRET other song' },
    ],
    tearsCame: true,
    wantedToCry: true,
    bodySensations: [],
    emotions: [],
    peakIntensity: 9,
    distressAfter: 3,
    afterState: AfterState.LIGHTER,
    reflection: 'SECRET reflection',
    selfHarmThoughts: true,
    feltUnsafe: true,
    version: 4,
    createdAt: '2026-11-20T21:00:00.000Z',
    updatedAt: '2026-11-20T21:00:00.000Z',
    ...overrides,
  };
}

describe('redactSession', () => {
  it('keeps the duration, the after-state and the kinds of catalyst, once each', () => {
    expect(redactSession(buildSession())).toEqual({
      durationMinutes: 36,
      afterState: AfterState.LIGHTER,
      catalysts: [CatalystKind.MUSIC, CatalystKind.MEMORY],
    });
  });

  it('carries nothing else: no reflection, intention, setting, references, scores or private flags', () => {
    const summary = redactSession(buildSession());

    expect(Object.keys(summary).sort()).toEqual(['afterState', 'catalysts', 'durationMinutes']);
    expect(JSON.stringify(summary)).not.toMatch(/SECRET|member-sub-1|true/);
  });

  it('leaves out what was not recorded', () => {
    expect(redactSession(buildSession({ afterState: null, catalysts: [] }))).toEqual({ durationMinutes: 36, afterState: null, catalysts: [] });
  });

  it('refuses a session still in progress, naming the field', () => {
    expect(() => redactSession(buildSession({ status: 'IN_PROGRESS', endedAt: null }), 'sessionId')).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['sessionId'] }),
    );
  });
});
