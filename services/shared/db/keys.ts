/**
 * Key shapes shared by every domain; built in the item catalogue
 * (catalogue/member.catalogue.ts) and re-exported here for shared/db and the domains.
 */
export {
  closedAccountKey,
  digestOf,
  idempotencyKey,
  itemKey,
  rateCounterKey,
  TIMELINE_PREFIX,
  timelineIndexKeys,
  timeRange,
  USER_PREFIX,
  userPartition,
  type TimelineEntity,
} from './catalogue/member.catalogue';
export { ENTITY, type EntityName, type Key, type PartitionRange, type Range } from './catalogue/shapes';
