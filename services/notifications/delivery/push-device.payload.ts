import { deletionPayload, objectPayload } from '../../shared/mutation-shapes';
import { PushDevice } from './push-device.type';

export const RegisterPushDevicePayload = objectPayload('RegisterPushDevicePayload', 'device', () => PushDevice, 'The device as registered');
export const RemovePushDevicePayload = deletionPayload('RemovePushDevicePayload', 'The device registration removed');
