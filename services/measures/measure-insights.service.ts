import type { Caller } from '../shared/auth/caller';
import { NotFoundError } from '../shared/errors';
import type { Insights } from '../sessions/session.insights.type';
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

  async forMember(caller: Caller, insights: Periods): Promise<InsightMeasures> {
    return this.read(caller.sub, insights);
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
