import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from '../shared/db/conditions';
import { fromItem, updateVersioned } from '../shared/db/items';
import { profileKey } from './user.keys';
import type { ProfileRecord } from './user.type';
import { ENTITY } from '../shared/db/keys';

export type ProfileChanges = Partial<Pick<ProfileRecord, 'displayName' | 'pronouns' | 'timeZone' | 'locale' | 'country' | 'preferences'>>;

export interface UserRepository {
  getProfile(sub: string): Promise<ProfileRecord | undefined>;
  /** Writes the profile unless one exists; returns false if it already did. */
  createProfile(profile: ProfileRecord): Promise<boolean>;
  updateProfile(sub: string, expectedVersion: number, changes: ProfileChanges, updatedAt: string): Promise<ProfileRecord>;
}

export class DynamoUserRepository implements UserRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getProfile(sub: string): Promise<ProfileRecord | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: profileKey(sub) }));
    return result.Item ? fromItem<ProfileRecord>(result.Item) : undefined;
  }

  async createProfile(profile: ProfileRecord): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...profileKey(profile.sub), entity: ENTITY.Profile, ...profile },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  updateProfile(sub: string, expectedVersion: number, changes: ProfileChanges, updatedAt: string): Promise<ProfileRecord> {
    return updateVersioned<ProfileRecord>({
      client: this.client,
      table: this.table,
      key: profileKey(sub),
      expectedVersion,
      changes,
      updatedAt,
      what: 'Profile',
    });
  }
}
