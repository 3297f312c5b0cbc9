import { AfterState, CatalystKind } from '../../../services/sessions/session.enums';
import { computeInsights, MIN_SESSIONS_FOR_CATALYST_OUTCOME } from '../../../services/sessions/session.insights';
import { InsightPeriod } from '../../../services/sessions/session.insights.type';
import type { SessionRecord } from '../../../services/sessions/session.record';
import { buildSession } from '../../fixtures/sessions';

const BERLIN = 'Europe/Berlin';

const music = { kind: CatalystKind.MUSIC };
const photographs = { kind: CatalystKind.PHOTOGRAPHS };
const memory = { kind: CatalystKind.MEMORY };
const breathwork = { kind: CatalystKind.BREATHWORK };

/**
 * A known history around the Berlin week of Mon 23 - Sun 29 March 2026, which contains the
 * spring change (CET +1 -> CEST +2 on the 29th). Local times in the comments.
 */
function knownHistory(): SessionRecord[] {
  return [
    // Current week
    buildSession({
      id: 'g',
      startedAt: '2026-03-22T23:00:00.000Z',
      durationMinutes: 20,
      distressBefore: 8,
      distressAfter: 8,
      afterState: AfterState.SAME,
      tearsCame: true,
      catalysts: [],
    }), // Mon 00:00, the first instant of the week
    buildSession({
      id: 'a',
      startedAt: '2026-03-23T18:00:00.000Z',
      durationMinutes: 30,
      distressBefore: 7,
      distressAfter: 3,
      afterState: AfterState.LIGHTER,
      tearsCame: true,
      catalysts: [music],
    }), // Mon 19:00
    buildSession({
      id: 'b',
      startedAt: '2026-03-25T19:00:00.000Z',
      durationMinutes: 60,
      distressBefore: 6,
      distressAfter: 4,
      afterState: AfterState.CALMER,
      tearsCame: true,
      catalysts: [music, photographs],
    }), // Wed 20:00
    buildSession({
      id: 'c',
      startedAt: '2026-03-27T20:00:00.000Z',
      durationMinutes: 45,
      distressBefore: 5,
      distressAfter: 6,
      afterState: AfterState.FLOODED,
      tearsCame: false,
      catalysts: [music],
    }), // Fri 21:00
    buildSession({
      id: 'd',
      startedAt: '2026-03-29T21:30:00.000Z',
      endedAt: null,
      distressBefore: 4,
      distressAfter: null,
      afterState: null,
      tearsCame: null,
      catalysts: [memory],
    }), // Sun 23:30 CEST, after the change
    buildSession({ id: 'e', status: 'IN_PROGRESS', startedAt: '2026-03-24T10:00:00.000Z', endedAt: null, catalysts: [music] }), // ignored: not completed
    // Previous week (Mon 16 - Sun 22 March, CET)
    buildSession({
      id: 'p1',
      startedAt: '2026-03-17T07:00:00.000Z',
      durationMinutes: 40,
      distressBefore: 6,
      distressAfter: 2,
      afterState: AfterState.GROUNDED,
      tearsCame: true,
      catalysts: [breathwork],
    }), // Tue 08:00
    buildSession({
      id: 'p2',
      startedAt: '2026-03-22T22:59:59.999Z',
      durationMinutes: 20,
      distressBefore: null,
      distressAfter: null,
      afterState: AfterState.CALMER,
      tearsCame: null,
      catalysts: [],
    }), // Sun 23:59:59.999, the last instant of that week
    // In neither week
    buildSession({ id: 'next', startedAt: '2026-03-29T22:00:00.000Z' }), // Mon 30 March 00:00 CEST
    buildSession({ id: 'old', startedAt: '2026-03-01T10:00:00.000Z' }),
  ];
}

describe('session.insights', () => {
  describe('computeInsights', () => {
    it('computes the figures of a known week by hand when it contains a DST change', () => {
      // Arrange
      const sessions = knownHistory();

      // Act
      const insights = computeInsights({ sessions, period: InsightPeriod.WEEK, fromDay: '2026-03-25', timeZone: BERLIN });

      // Assert: current week = g, a, b, c, d (e is in progress; "next" starts at the week's end)
      expect(insights).toMatchObject({ period: InsightPeriod.WEEK, fromDay: '2026-03-23', toDay: '2026-03-29' });
      expect(insights.current).toEqual({
        fromDay: '2026-03-23',
        toDay: '2026-03-29',
        sessionCount: 5,
        perWeekFrequency: 5, // 5 sessions / (7 days / 7)
        totalDurationMinutes: 155, // 20 + 30 + 60 + 45; d has no end
        medianDurationMinutes: 37.5, // [20, 30, 45, 60] -> (30 + 45) / 2
        tearsShare: 0.75, // g, a, b yes; c no; d did not say -> 3 / 4
        meanDistressBefore: 6, // (8 + 7 + 6 + 5 + 4) / 5
        meanDistressAfter: 5.25, // (8 + 3 + 4 + 6) / 4
        meanDistressChange: -1.25, // (0 - 4 - 2 + 1) / 4
        reliefShare: 0.5, // a LIGHTER, b CALMER of g, a, b, c
        floodingShare: 0.25, // c FLOODED of 4
        topCatalysts: [
          { catalyst: CatalystKind.MUSIC, sessions: 3 },
          { catalyst: CatalystKind.MEMORY, sessions: 1 }, // ties by name: MEMORY before PHOTOGRAPHS
          { catalyst: CatalystKind.PHOTOGRAPHS, sessions: 1 },
        ],
        catalystOutcomes: [
          // MUSIC: a relief, b relief, c flooded -> 2/3 and 1/3
          { catalyst: CatalystKind.MUSIC, sessions: 3, enoughData: true, reliefRate: 0.67, floodingRate: 0.33, note: null },
          {
            catalyst: CatalystKind.MEMORY,
            sessions: 1,
            enoughData: false,
            reliefRate: null,
            floodingRate: null,
            note: 'Not enough sessions yet to see a pattern',
          },
          {
            catalyst: CatalystKind.PHOTOGRAPHS,
            sessions: 1,
            enoughData: false,
            reliefRate: null,
            floodingRate: null,
            note: 'Not enough sessions yet to see a pattern',
          },
        ],
        dailySeries: [
          { day: '2026-03-23', sessionCount: 2 }, // g, a
          { day: '2026-03-24', sessionCount: 0 }, // e is in progress
          { day: '2026-03-25', sessionCount: 1 },
          { day: '2026-03-26', sessionCount: 0 },
          { day: '2026-03-27', sessionCount: 1 },
          { day: '2026-03-28', sessionCount: 0 },
          { day: '2026-03-29', sessionCount: 1 }, // d at 23:30 CEST stays on Sunday
        ],
      });
    });

    it('computes the previous week by hand from the same history', () => {
      // Arrange
      const sessions = knownHistory();

      // Act
      const { previous } = computeInsights({ sessions, period: InsightPeriod.WEEK, fromDay: '2026-03-25', timeZone: BERLIN });

      // Assert: previous week = p1, p2
      expect(previous).toMatchObject({
        fromDay: '2026-03-16',
        toDay: '2026-03-22',
        sessionCount: 2,
        perWeekFrequency: 2,
        totalDurationMinutes: 60, // 40 + 20
        medianDurationMinutes: 30, // (20 + 40) / 2
        tearsShare: 1, // only p1 said: yes
        meanDistressBefore: 6,
        meanDistressAfter: 2,
        meanDistressChange: -4,
        reliefShare: 1, // GROUNDED, CALMER
        floodingShare: 0,
        topCatalysts: [{ catalyst: CatalystKind.BREATHWORK, sessions: 1 }],
      });
      expect(previous.dailySeries.map((entry) => entry.sessionCount)).toEqual([0, 1, 0, 0, 0, 0, 1]);
    });

    it('returns zeros, nulls and a full series of empty days when there are no sessions', () => {
      // Act
      const { current } = computeInsights({ sessions: [], period: InsightPeriod.WEEK, fromDay: '2026-03-23', timeZone: BERLIN });

      // Assert
      expect(current).toMatchObject({
        sessionCount: 0,
        perWeekFrequency: 0,
        totalDurationMinutes: 0,
        medianDurationMinutes: null,
        tearsShare: null,
        meanDistressBefore: null,
        meanDistressAfter: null,
        meanDistressChange: null,
        reliefShare: null,
        floodingShare: null,
        topCatalysts: [],
        catalystOutcomes: [],
      });
      expect(current.dailySeries).toHaveLength(7);
      expect(current.dailySeries.every((entry) => entry.sessionCount === 0)).toBe(true);
    });

    it('places sessions by the current time zone, not the stored localDay, when the member has moved', () => {
      // Arrange: 02:00 UTC on Wed 25 March is 03:00 in Berlin but 22:00 on Tue 24 in New York
      const sessions = [buildSession({ startedAt: '2026-03-25T02:00:00.000Z', localDay: '2026-03-25' })];

      // Act
      const inBerlin = computeInsights({ sessions, period: InsightPeriod.WEEK, fromDay: '2026-03-23', timeZone: BERLIN });
      const inNewYork = computeInsights({ sessions, period: InsightPeriod.WEEK, fromDay: '2026-03-23', timeZone: 'America/New_York' });

      // Assert
      expect(inBerlin.current.dailySeries.find((entry) => entry.sessionCount > 0)?.day).toBe('2026-03-25');
      expect(inNewYork.current.dailySeries.find((entry) => entry.sessionCount > 0)?.day).toBe('2026-03-24');
    });

    it('normalises a MONTH to the 1st, gives every day, and spreads the count per 7 days', () => {
      // Arrange: 4 sessions in March (31 days)
      const sessions = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-31'].map((day) => buildSession({ startedAt: `${day}T08:00:00.000Z` }));

      // Act
      const insights = computeInsights({ sessions, period: InsightPeriod.MONTH, fromDay: '2026-03-18', timeZone: BERLIN });

      // Assert
      expect(insights).toMatchObject({ fromDay: '2026-03-01', toDay: '2026-03-31' });
      expect(insights.current.dailySeries).toHaveLength(31);
      expect(insights.current.perWeekFrequency).toBe(0.9); // 4 / (31 / 7) = 0.903
      expect(insights.previous).toMatchObject({ fromDay: '2026-02-01', toDay: '2026-02-28', sessionCount: 0 });
      expect(insights.previous.dailySeries).toHaveLength(28);
    });

    it('normalises a QUARTER to its first day and covers every day of it', () => {
      // Act
      const insights = computeInsights({ sessions: [], period: InsightPeriod.QUARTER, fromDay: '2026-05-20', timeZone: BERLIN });

      // Assert
      expect(insights).toMatchObject({ fromDay: '2026-04-01', toDay: '2026-06-30' });
      expect(insights.current.dailySeries).toHaveLength(91);
      expect(insights.previous).toMatchObject({ fromDay: '2026-01-01', toDay: '2026-03-31' });
    });

    it.each([
      [MIN_SESSIONS_FOR_CATALYST_OUTCOME - 1, false],
      [MIN_SESSIONS_FOR_CATALYST_OUTCOME, true],
      [MIN_SESSIONS_FOR_CATALYST_OUTCOME + 1, true],
    ])('gives a catalyst rates only from 3 sessions: %i sessions -> enoughData %p', (count, enough) => {
      // Arrange
      const sessions = Array.from({ length: count }, (_, index) =>
        buildSession({ startedAt: `2026-03-2${3 + index}T08:00:00.000Z`, catalysts: [music], afterState: AfterState.CALMER }),
      );

      // Act
      const [outcome] = computeInsights({ sessions, period: InsightPeriod.WEEK, fromDay: '2026-03-23', timeZone: BERLIN }).current.catalystOutcomes;

      // Assert
      expect(outcome?.enoughData).toBe(enough);
      expect(outcome?.reliefRate).toBe(enough ? 1 : null);
      expect(outcome?.note).toBe(enough ? null : 'Not enough sessions yet to see a pattern');
    });

    it.each([
      [AfterState.LIGHTER, 1, 0],
      [AfterState.CALMER, 1, 0],
      [AfterState.GROUNDED, 1, 0],
      [AfterState.CLEANSED, 1, 0],
      [AfterState.SLEEPY, 1, 0],
      [AfterState.SAME, 0, 0],
      [AfterState.WORSE, 0, 1],
      [AfterState.FLOODED, 0, 1],
      [AfterState.NUMB, 0, 1],
    ])(
      'counts three MUSIC sessions (distress 7 -> 2) ending %s as relief %p and flooding %p, in the catalyst and the period',
      (afterState, relief, flooding) => {
        // Arrange
        const sessions = [23, 24, 25].map((day) =>
          buildSession({ startedAt: `2026-03-${day}T08:00:00.000Z`, catalysts: [music], afterState, distressBefore: 7, distressAfter: 2 }),
        );

        // Act
        const { catalystOutcomes, reliefShare, floodingShare } = computeInsights({
          sessions,
          period: InsightPeriod.WEEK,
          fromDay: '2026-03-23',
          timeZone: BERLIN,
        }).current;

        // Assert
        expect(catalystOutcomes[0]).toMatchObject({ catalyst: CatalystKind.MUSIC, reliefRate: relief, floodingRate: flooding });
        expect([reliefShare, floodingShare]).toEqual([relief, flooding]);
      },
    );

    it('gives no rate when fewer than 3 of the sessions with a catalyst have an after-state', () => {
      // Arrange
      const sessions = [
        buildSession({ startedAt: '2026-03-23T08:00:00.000Z', catalysts: [music], afterState: AfterState.CALMER }),
        buildSession({ startedAt: '2026-03-24T08:00:00.000Z', catalysts: [music], afterState: AfterState.FLOODED }),
        buildSession({ startedAt: '2026-03-25T08:00:00.000Z', catalysts: [music], afterState: null }),
      ];

      // Act
      const [outcome] = computeInsights({ sessions, period: InsightPeriod.WEEK, fromDay: '2026-03-23', timeZone: BERLIN }).current.catalystOutcomes;

      // Assert
      expect(outcome).toMatchObject({ sessions: 3, enoughData: false, reliefRate: null, floodingRate: null });
    });

    it('counts a session once for a catalyst it names twice', () => {
      // Arrange
      const sessions = [buildSession({ startedAt: '2026-03-23T08:00:00.000Z', catalysts: [music, { kind: CatalystKind.MUSIC, reference: 'Another song' }] })];

      // Act
      const { topCatalysts } = computeInsights({ sessions, period: InsightPeriod.WEEK, fromDay: '2026-03-23', timeZone: BERLIN }).current;

      // Assert
      expect(topCatalysts).toEqual([{ catalyst: CatalystKind.MUSIC, sessions: 1 }]);
    });

    it('rejects a from day that is not a calendar date as BAD_USER_INPUT', () => {
      expect(() => computeInsights({ sessions: [], period: InsightPeriod.WEEK, fromDay: '2026-02-30', timeZone: BERLIN })).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', fields: ['from'] }),
      );
    });
  });
});
