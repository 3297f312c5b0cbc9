import { userPartition } from '../shared/db/keys';

export const PROFILE_SK = 'PROFILE';

export function profileKey(sub: string): { PK: string; SK: string } {
  return { PK: userPartition(sub), SK: PROFILE_SK };
}
