/** Sharing's keys, from the item catalogue (services/shared/db/item-catalogue.ts). */
export {
  ACCESS_LOG_RANGE,
  accessLogKey,
  CLIENT_GRANTS_RANGE,
  grantIndexKeys,
  grantKey,
  shareCodeLookupKey,
  shareCodeOwnerKey,
  suggestionKey,
  SUGGESTIONS_RANGE,
  therapistClientsRange,
  therapistRemovedKey,
} from '../shared/db/catalogue/sharing.catalogue';
