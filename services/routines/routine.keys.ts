/** Routine keys, from the item catalogue (services/shared/db/item-catalogue.ts). */
export { routineKey, routineRange } from '../shared/db/catalogue/member.catalogue';
