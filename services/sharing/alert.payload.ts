import { objectPayload } from '../shared/mutation-shapes';
import { SafetyAlert } from './alert.type';
import { Grant } from './sharing.type';

export const AlertMyTherapistPayload = objectPayload('AlertMyTherapistPayload', 'alert', () => SafetyAlert, 'The alert sent; your access log lists it');
export const SetGrantAlertsPayload = objectPayload('SetGrantAlertsPayload', 'grant', () => Grant, 'The share with its alert setting');
