import { registerEnumType } from 'type-graphql';

export enum CircleRole {
  OWNER = 'OWNER',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

/** How a member is feeling, from a fixed list: words that describe, none that judge. */
export enum CircleMood {
  CALM = 'CALM',
  TENDER = 'TENDER',
  SAD = 'SAD',
  GRIEVING = 'GRIEVING',
  LONELY = 'LONELY',
  ANXIOUS = 'ANXIOUS',
  ANGRY = 'ANGRY',
  OVERWHELMED = 'OVERWHELMED',
  NUMB = 'NUMB',
  RELIEVED = 'RELIEVED',
  GRATEFUL = 'GRATEFUL',
  HOPEFUL = 'HOPEFUL',
}

/** Supportive reactions: witnessing, never fixing. */
export enum ReactionKind {
  HUG = 'HUG',
  WITH_YOU = 'WITH_YOU',
  THANK_YOU_FOR_SHARING = 'THANK_YOU_FOR_SHARING',
  HOLDING_SPACE = 'HOLDING_SPACE',
  SENDING_WARMTH = 'SENDING_WARMTH',
  ME_TOO = 'ME_TOO',
}

export enum ReportReason {
  /** Advice, fixing or judgement where support was asked for. */
  UNSUPPORTIVE = 'UNSUPPORTIVE',
  HARASSMENT = 'HARASSMENT',
  HATE = 'HATE',
  /** Someone else's personal details or story shared without consent. */
  PRIVACY = 'PRIVACY',
  /** The reporter is worried about the author's safety. */
  SAFETY_CONCERN = 'SAFETY_CONCERN',
  SPAM = 'SPAM',
  OTHER = 'OTHER',
}

export enum ReportStatus {
  OPEN = 'OPEN',
  RESOLVED = 'RESOLVED',
}

export enum ReportOutcome {
  CONTENT_HIDDEN = 'CONTENT_HIDDEN',
  NO_ACTION = 'NO_ACTION',
}

export enum InviteStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  USED_UP = 'USED_UP',
}

registerEnumType(CircleRole, { name: 'CircleRole', description: 'OWNER: one per circle; MODERATOR: invites and moderation; MEMBER: check-ins and support' });
registerEnumType(CircleMood, { name: 'CircleMood' });
registerEnumType(ReactionKind, { name: 'ReactionKind', description: 'Supportive reactions; one of each kind per member per check-in' });
registerEnumType(ReportReason, { name: 'ReportReason' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportOutcome, { name: 'ReportOutcome' });
registerEnumType(InviteStatus, { name: 'InviteStatus' });
