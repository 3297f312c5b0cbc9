/** Live updates' keys, from the item catalogue (catalogue/live.catalogue.ts says how the items are laid out). */
export {
  liveCirclePartition,
  liveConnectionKey,
  liveConnectionMarkerKey,
  liveConnectionMarkersRange,
  liveSubscriptionKey,
  liveSubscriptionsRange,
  liveUserPartition,
} from '../shared/db/catalogue/live.catalogue';
