/** Keys of a member's own partition; every domain's member data lives under it. */
export const USER_PREFIX = 'USER#';

export function userPartition(sub: string): string {
  return `${USER_PREFIX}${sub}`;
}

export const PROFILE_SK = 'PROFILE';

export function profileKey(sub: string): { PK: string; SK: string } {
  return { PK: userPartition(sub), SK: PROFILE_SK };
}
