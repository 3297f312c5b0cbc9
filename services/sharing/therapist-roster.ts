import type { Clock } from '../shared/clock';
import { GrantStatus } from './sharing.enums';
import type { SharingRepository } from './sharing.repository';
import { effectiveStatus } from './sharing.rules';

/**
 * What an operator does to a therapist's shares when the therapist leaves
 * Lacrima or loses their licence (`npm run admin -- therapist remove`), and
 * what adding them again leaves behind: nothing. Their group membership in
 * Cognito is the admin tool's part; this is the data's.
 */
export class TherapistRoster {
  constructor(
    private readonly repo: SharingRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * Ends every share that gives or awaits access (clients see ENDED, and why,
   * in the status's description), kills the share code and keeps a new one
   * from being made. Safe to repeat: a run stopped half-way finishes on the next.
   * Answers how many shares it ended.
   */
  async remove(therapistSub: string): Promise<number> {
    const now = this.clock.now();
    // The code first: from here on nobody can start a new share with them.
    await this.repo.markTherapistRemoved(therapistSub, now.toISOString());
    let ended = 0;
    let after: string | null = null;
    do {
      const page = await this.repo.therapistGrants(therapistSub, 100, after);
      for (const listed of page.items) ended += (await this.end(listed.clientSub, therapistSub)) ? 1 : 0;
      after = page.hasNextPage ? (page.endCursor ?? page.cursors[page.cursors.length - 1] ?? null) : null;
    } while (after);
    return ended;
  }

  /** Ends one share if it still gives or awaits access, read afresh each try (a client may change it meanwhile). */
  private async end(clientSub: string, therapistSub: string): Promise<boolean> {
    for (;;) {
      const now = this.clock.now();
      const grant = await this.repo.grant(clientSub, therapistSub);
      const status = grant ? effectiveStatus(grant, now) : undefined;
      if (!grant || (status !== GrantStatus.ACTIVE && status !== GrantStatus.PENDING)) return false;
      if (await this.repo.endGrant(grant, now.toISOString())) return true;
    }
  }

  /** Lets the therapist practise again, from nothing: the shares that were ended stay ended, and a new code is made on first ask. */
  async add(therapistSub: string): Promise<void> {
    await this.repo.clearTherapistRemoved(therapistSub);
  }

  /** Every share of a therapist and where it stands now, for the operator's listing. */
  async shares(therapistSub: string): Promise<Record<string, number>> {
    const now = this.clock.now();
    const counts: Record<string, number> = {};
    let after: string | null = null;
    do {
      const page = await this.repo.therapistGrants(therapistSub, 100, after);
      for (const grant of page.items) {
        const status = effectiveStatus(grant, now);
        counts[status] = (counts[status] ?? 0) + 1;
      }
      after = page.hasNextPage ? (page.endCursor ?? page.cursors[page.cursors.length - 1] ?? null) : null;
    } while (after);
    return counts;
  }
}
