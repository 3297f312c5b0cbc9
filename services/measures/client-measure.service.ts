import type { Caller } from '../shared/auth/caller';
import type { MeasureInstrument } from './measure.enums';
import type { ClientAccess } from './measure.client-access';
import type { MeasureService } from './measure.service';
import type { MeasureTrend } from './measure.type';

function subject(clientSub: string): Caller {
  return { sub: clientSub, groups: [], role: 'MEMBER', isAdmin: false };
}

/** A therapist's reads of a client's measures: the member's own reads, behind the MEASURES grant check and written to the client's access log. */
export class ClientMeasureService {
  constructor(
    private readonly measures: Pick<MeasureService, 'list' | 'trend'>,
    private readonly access: ClientAccess,
  ) {}

  async list(caller: Caller, args: { clientId: string; instrument?: MeasureInstrument | null; first?: number | null; after?: string | null }) {
    const grant = await this.access.requireMeasures(caller, args.clientId);
    const page = await this.measures.list(subject(grant.clientSub), args);
    await this.access.logRead(
      grant,
      'clientMeasures',
      page.edges.map((edge) => edge.node.id),
    );
    return page;
  }

  async trend(caller: Caller, clientId: string, instrument: MeasureInstrument): Promise<MeasureTrend> {
    const grant = await this.access.requireMeasures(caller, clientId);
    const trend = await this.measures.trend(subject(grant.clientSub), instrument);
    const ids = [trend.latest?.id, trend.previous?.id].filter((id): id is string => Boolean(id));
    await this.access.logRead(grant, 'clientMeasureTrend', ids);
    return trend;
  }
}
