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

registerEnumType(CircleRole, {
  name: 'CircleRole',
  description: 'OWNER: one per circle; MODERATOR: invites and moderation; MEMBER: check-ins and support',
  valuesConfig: {
    OWNER: { description: 'Everything a moderator may do, plus setting roles and transferring ownership; cannot be removed' },
    MODERATOR: { description: 'Also manages invites, removes members, sees open reports and hidden content, hides content and resolves reports' },
    MEMBER: { description: 'Reads the circle, posts check-ins, reacts, replies and reports' },
  },
});
registerEnumType(CircleMood, {
  name: 'CircleMood',
  description: 'How a member is feeling, from a fixed list: words that describe, none that judge',
  valuesConfig: {
    CALM: { description: 'Feeling calm' },
    TENDER: { description: 'Feeling tender' },
    SAD: { description: 'Feeling sad' },
    GRIEVING: { description: 'Grieving' },
    LONELY: { description: 'Feeling lonely' },
    ANXIOUS: { description: 'Feeling anxious' },
    ANGRY: { description: 'Feeling angry' },
    OVERWHELMED: { description: 'Feeling overwhelmed' },
    NUMB: { description: 'Feeling numb' },
    RELIEVED: { description: 'Feeling relieved' },
    GRATEFUL: { description: 'Feeling grateful' },
    HOPEFUL: { description: 'Feeling hopeful' },
  },
});
registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  description: 'Supportive reactions; one of each kind per member per check-in',
  valuesConfig: {
    HUG: { description: 'A hug' },
    WITH_YOU: { description: "I'm with you" },
    THANK_YOU_FOR_SHARING: { description: 'Thank you for sharing' },
    HOLDING_SPACE: { description: 'Holding space for you' },
    SENDING_WARMTH: { description: 'Sending warmth' },
    ME_TOO: { description: 'Me too: I have felt this as well' },
  },
});
registerEnumType(ReportReason, {
  name: 'ReportReason',
  description: 'Why a member reports a check-in or reply',
  valuesConfig: {
    UNSUPPORTIVE: { description: 'Advice, fixing or judgement where support was asked for' },
    HARASSMENT: { description: 'Harassment' },
    HATE: { description: 'Hateful content' },
    PRIVACY: { description: "Someone else's personal details or story shared without consent" },
    SAFETY_CONCERN: { description: "The reporter is worried about the author's safety" },
    SPAM: { description: 'Spam' },
    OTHER: { description: 'Another reason (say what in the note)' },
  },
});
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Whether the owner or a moderator has dealt with a report',
  valuesConfig: {
    OPEN: { description: 'Waiting for the owner or a moderator' },
    RESOLVED: { description: 'Resolved; see the outcome' },
  },
});
registerEnumType(ReportOutcome, {
  name: 'ReportOutcome',
  description: 'What the owner or a moderator decided about a report',
  valuesConfig: {
    CONTENT_HIDDEN: { description: 'The reported check-in or reply is hidden from everyone but the owner and moderators' },
    NO_ACTION: { description: 'The content stays visible' },
  },
});
registerEnumType(InviteStatus, {
  name: 'InviteStatus',
  description: 'Whether an invite code can still be used, worked out from the invite and the clock; revoked wins over expired, expired over used up',
  valuesConfig: {
    ACTIVE: { description: 'Can be used to join' },
    EXPIRED: { description: 'Its expiry has passed' },
    REVOKED: { description: 'The owner or a moderator revoked it' },
    USED_UP: { description: 'Used as many times as maxUses allows' },
  },
});
