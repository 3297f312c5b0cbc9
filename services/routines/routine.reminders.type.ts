import { Field, ObjectType } from 'type-graphql';
import { Routine } from './routine.type';

@ObjectType({ description: 'A reminder of a routine, at a local time on a planned day' })
export class RoutineReminder {
  @Field(() => Date, { description: 'When it is due (UTC)' })
  at!: Date;

  @Field(() => String, { description: "The local day (YYYY-MM-DD) in the member's time zone" })
  day!: string;

  @Field(() => String, { description: 'The local time it is set for (HH:MM)' })
  time!: string;

  @Field(() => Routine, { description: 'The routine to remind of' })
  routine!: Routine;
}

@ObjectType({ description: "Reminders in the next 24 hours, in the member's time zone: everything a delivery job needs" })
export class UpcomingReminders {
  @Field(() => Date, { description: 'Start of the window: now' })
  from!: Date;

  @Field(() => Date, { description: 'End of the window (not included): 24 hours after from' })
  to!: Date;

  @Field(() => String, { description: 'The member’s IANA time zone, in which reminder days and times are read' })
  timeZone!: string;

  @Field(() => Boolean, { description: "The member's routineReminders preference: deliver only when true" })
  deliveryEnabled!: boolean;

  @Field(() => [RoutineReminder], { description: 'Earliest first; active routines only' })
  reminders!: RoutineReminder[];
}
