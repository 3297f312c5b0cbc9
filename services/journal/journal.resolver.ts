import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Connection, PageArgs } from '../shared/pagination';
import { CreateJournalEntryInput, UpdateJournalEntryInput } from './journal.input';
import { JournalEntry, JournalPrompt, PromptTheme } from './journal.type';

@ObjectType({ description: 'A page of JournalEntry items (Relay cursor connection)' })
export class JournalEntryConnection extends Connection(() => JournalEntry, 'JournalEntry') {}

@ArgsType()
export class JournalEntriesArgs extends PageArgs {
  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@Resolver(() => JournalEntry)
export class JournalResolver {
  @Query(() => [JournalPrompt], { description: 'Built-in journaling prompts' })
  journalPrompts(@Arg('theme', () => PromptTheme, { nullable: true, description: 'Only prompts for this moment; all when left out' }) theme: PromptTheme | null, @Ctx() ctx: Context) {
    return ctx.services.journal.prompts(theme);
  }

  @Mutation(() => JournalEntry)
  createJournalEntry(@Arg('input', () => CreateJournalEntryInput) input: CreateJournalEntryInput, @Ctx() ctx: Context) {
    return ctx.services.journal.create(ctx.caller, input);
  }

  @Mutation(() => JournalEntry)
  updateJournalEntry(@Arg('input', () => UpdateJournalEntryInput) input: UpdateJournalEntryInput, @Ctx() ctx: Context) {
    return ctx.services.journal.update(ctx.caller, input);
  }

  @Mutation(() => ID)
  deleteJournalEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.journal.delete(ctx.caller, id);
  }

  @Query(() => JournalEntry)
  journalEntry(@Arg('id', () => ID, { description: 'Your journal entry' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.journal.get(ctx.caller, id);
  }

  @Query(() => JournalEntryConnection, { description: 'Your journal entries, newest first' })
  journalEntries(@Args(() => JournalEntriesArgs) args: JournalEntriesArgs, @Ctx() ctx: Context) {
    return ctx.services.journal.list(ctx.caller, args);
  }
}
