import { Arg, Args, ArgsType, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';
import { Connection, PageArgs } from '../shared/pagination';
import { CreateJournalEntryInput, DeleteJournalEntryInput, UpdateJournalEntryInput } from './journal.input';
import { CreateJournalEntryPayload, DeleteJournalEntryPayload, UpdateJournalEntryPayload } from './journal.payload';
import { JournalEntry, JournalPrompt, PromptTheme } from './journal.type';

@ObjectType({ description: 'A page of JournalEntry items (Relay cursor connection)' })
export class JournalEntryConnection extends Connection(() => JournalEntry, 'JournalEntry') {}

@ArgsType()
export class JournalEntriesArgs extends PageArgs {
  @Field(() => Date, { nullable: true, description: 'Entries written at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries written before this instant; must be after from' })
  to?: Date | null;
}

@Resolver(() => JournalEntry)
export class JournalResolver {
  @Query(() => [JournalPrompt], { description: 'Built-in journaling prompts' })
  journalPrompts(
    @Arg('theme', () => PromptTheme, { nullable: true, description: 'Only prompts for this moment; all when left out' }) theme: PromptTheme | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.journal.prompts(theme);
  }

  @Mutation(() => CreateJournalEntryPayload, { description: 'Write a journal entry, private to you unless you share REFLECTIONS' })
  async createJournalEntry(@Arg('input', () => CreateJournalEntryInput, { description: 'The entry' }) input: CreateJournalEntryInput, @Ctx() ctx: Context) {
    return { journalEntry: await ctx.services.journal.create(ctx.caller, input) };
  }

  @Mutation(() => UpdateJournalEntryPayload, { description: 'Change one of your journal entries (at the version you read)' })
  async updateJournalEntry(
    @Arg('input', () => UpdateJournalEntryInput, { description: 'The entry and what changes' }) input: UpdateJournalEntryInput,
    @Ctx() ctx: Context,
  ) {
    return { journalEntry: await ctx.services.journal.update(ctx.caller, input) };
  }

  @Mutation(() => DeleteJournalEntryPayload, { description: 'Delete one of your journal entries for good' })
  async deleteJournalEntry(@Arg('input', () => DeleteJournalEntryInput, { description: 'The entry' }) input: DeleteJournalEntryInput, @Ctx() ctx: Context) {
    return { deletedId: await ctx.services.journal.delete(ctx.caller, input.id) };
  }

  @Query(() => JournalEntry, { description: 'One of your journal entries; NOT_FOUND if it is not yours' })
  journalEntry(@Arg('id', () => ID, { description: 'Your journal entry' }) id: string, @Ctx() ctx: Context) {
    return ctx.services.journal.get(ctx.caller, id);
  }

  @Query(() => JournalEntryConnection, { description: 'Your journal entries, newest first' })
  journalEntries(@Args(() => JournalEntriesArgs) args: JournalEntriesArgs, @Ctx() ctx: Context) {
    return ctx.services.journal.list(ctx.caller, args);
  }
}
