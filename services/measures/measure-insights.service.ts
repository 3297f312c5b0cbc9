import type { Caller } from '../shared/auth/caller';
import { NotFoundError } from '../shared/errors';
import type { Insights, PeriodDays } from '../sessions/session.insights.type';
import { unsettle, type Settled } from '../shared/together';
import type { MeasureRecord } from './measure.record';
import type { ClientAccess } from './measure.client-access';
import { insightMeasures, readWindow } from './measure-insights';
import type { MeasureWindowRepository } from './measure-insights.repository';
import type { InsightMeasures } from './measure-insights.type';

type Periods = Pick<Insights, 'previous' | 'current'>;

/** Measures beside insights: read only when asked for, in one Query over both periods. */
export class MeasureInsightsService {
  constructor(
    private readonly repo: MeasureWindowRepository,
    private readonly access: ClientAccess,
  ) {}

  /** `ahead`: this member's read of the periods' results, made beside the sessions' (readAhead). */
  async forMember(caller: Caller, insights: Periods, ahead?: Settled<MeasureRecord[]>): Promise<InsightMeasures> {
    if (!ahead) return this.read(caller.sub, insights);
    return insightMeasures(insights, unsettle(ahead));
  }

  /** The member's results over the periods' window: one Query, started before the insights are known. */
  readAhead(caller: Caller, days: PeriodDays): Promise<MeasureRecord[]> {
    const { since, until } = readWindow(days);
    return this.repo.between(caller.sub, since, until);
  }

  /**
   * Null, not an error, when the grant lacks MEASURES: the insights themselves were allowed.
   * Logged apart from clientInsights, whose entry names a time range and not the results read.
   */
  async forClient(caller: Caller, clientId: string, insights: Periods): Promise<InsightMeasures | null> {
    const grant = await this.access.requireMeasures(caller, clientId).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!grant) return null;
    const measures = await this.read(grant.clientSub, insights);
    const ids = [...measures.previous.results, ...measures.current.results].map((point) => point.id);
    await this.access.logRead(grant, 'clientInsights.measures', ids);
    return measures;
  }

  private async read(sub: string, insights: Periods): Promise<InsightMeasures> {
    const { since, until } = readWindow(insights);
    return insightMeasures(insights, await this.repo.between(sub, since, until));
  }
}
