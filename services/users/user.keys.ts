/** The profile's key, from the item catalogue (services/shared/db/item-catalogue.ts). */
export { PROFILE_SK, profileKey } from '../shared/db/catalogue/member.catalogue';
