import { Field, ObjectType } from 'type-graphql';
import { deletionPayload, objectPayload } from '../shared/mutation-shapes';
import { Grant, PracticeSuggestion, TherapistNote } from './sharing.type';

export const AcceptInvitationPayload = objectPayload('AcceptInvitationPayload', 'grant', () => Grant, 'The share, now active');
export const DeclineInvitationPayload = objectPayload('DeclineInvitationPayload', 'grant', () => Grant, 'The share, now declined');
export const InviteTherapistPayload = objectPayload('InviteTherapistPayload', 'grant', () => Grant, 'The share, waiting for the therapist to accept');
export const UpdateGrantPayload = objectPayload('UpdateGrantPayload', 'grant', () => Grant, 'The share with its new scopes or expiry');
export const RevokeGrantPayload = objectPayload('RevokeGrantPayload', 'grant', () => Grant, 'The share, now revoked');
export const AddNotePayload = objectPayload('AddNotePayload', 'therapistNote', () => TherapistNote, 'The note added');
export const UpdateNotePayload = objectPayload('UpdateNotePayload', 'therapistNote', () => TherapistNote, 'The note changed');
export const DeleteNotePayload = deletionPayload('DeleteNotePayload', 'The note deleted');
export const SuggestPracticePayload = objectPayload('SuggestPracticePayload', 'practiceSuggestion', () => PracticeSuggestion, 'The suggestion sent');
export const AcceptPracticeSuggestionPayload = objectPayload(
  'AcceptPracticeSuggestionPayload',
  'practiceSuggestion',
  () => PracticeSuggestion,
  'The suggestion accepted, with the routine it became',
);
export const DeclinePracticeSuggestionPayload = objectPayload(
  'DeclinePracticeSuggestionPayload',
  'practiceSuggestion',
  () => PracticeSuggestion,
  'The suggestion declined',
);

@ObjectType({ description: 'Your new share code; the old one stopped working' })
export class RotateShareCodePayload {
  @Field(() => String, { description: 'The code a client uses to invite you, e.g. 7KQ2M-XW9RD' })
  shareCode!: string;
}
