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

  @Field(() => Routine)
  routine!: Routine;
}

@ObjectType({ description: "Reminders in the next 24 hours, in the member's time zone: everything a delivery job needs" })
export class UpcomingReminders {
  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => String)
  timeZone!: string;

  @Field(() => Boolean, { description: "The member's routineReminders preference: deliver only when true" })
  deliveryEnabled!: boolean;

  @Field(() => [RoutineReminder], { description: 'Earliest first; active routines only' })
  reminders!: RoutineReminder[];
}
