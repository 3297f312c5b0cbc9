import { objectPayload } from '../shared/mutation-shapes';
import { AccountDeletion } from './account.type';

export const DeleteMyAccountPayload = objectPayload(
  'DeleteMyAccountPayload',
  'accountDeletion',
  () => AccountDeletion,
  'How far the deletion has come; call again until complete',
);
