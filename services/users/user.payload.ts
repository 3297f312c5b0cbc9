import { objectPayload } from '../shared/mutation-shapes';
import { Profile } from './user.type';

export const UpdateProfilePayload = objectPayload('UpdateProfilePayload', 'profile', () => Profile, 'Your profile as changed');
