export {
  measureScheduleIndexKeys,
  measureScheduleKey,
  measureSchedulesRange,
  measuresSinceRange,
  schedulerScheduleRange,
} from '../shared/db/catalogue/measure.catalogue';
