import { Matches, MaxLength } from 'class-validator';
import { BadUserInputError } from './errors';

/** Bounds on free text, in one place so every domain agrees. */
export const TEXT_LIMITS = {
  short: 200,
  intention: 500,
  note: 2000,
  reflection: 10000,
  journal: 20000,
} as const;

/** An optional client-chosen key that makes a create safe to retry. */
export function IdempotencyKeyRules(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    MaxLength(64)(target, property as string);
    Matches(/^[A-Za-z0-9._:-]{8,64}$/, { message: '$property must be 8-64 letters, digits or . _ : -' })(target, property as string);
  };
}

/** How far back and forward a member may date what they record. */
export const WHEN_LIMITS = {
  futureSkewMs: 5 * 60 * 1000,
  backdateDays: 3650,
} as const;

/** A time a member gave: not in the future (beyond clock skew) nor absurdly far back. */
export function checkWhen(at: Date, field: string, now: Date): void {
  if (at.getTime() > now.getTime() + WHEN_LIMITS.futureSkewMs) throw new BadUserInputError(field, `${field} cannot be in the future`);
  if (at.getTime() < now.getTime() - WHEN_LIMITS.backdateDays * 24 * 3600 * 1000) throw new BadUserInputError(field, `${field} is too far in the past`);
}
