import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const CURSOR_VERSION = 'c1';
const MAX_CURSOR_LENGTH = 512;

/** Opaque cursor: a versioned, base64url-encoded sort-key position. Never a partition key. */
export function encodeCursor(position: string): string {
  return Buffer.from(`${CURSOR_VERSION}:${position}`, 'utf8').toString('base64url');
}

function reject(field: string): never {
  throw new BadUserInputError(field, `Invalid cursor in ${field}`);
}

/** The sort-key position a cursor stands for; `BAD_USER_INPUT` naming `field` if it is not ours. */
export function decodeCursor(cursor: string, field = 'after'): string {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) reject(field);
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const prefix = `${CURSOR_VERSION}:`;
  if (!text.startsWith(prefix) || text.length === prefix.length) reject(field);
  return text.slice(prefix.length);
}
decodeCursor.reject = reject;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1-${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page' })
  after?: string;
}

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections)' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether a page follows: pass endCursor as `after` to read it' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Always false: lists page forward only (first/after), and the Relay specification lets a forward page answer false rather than look back',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null for an empty page' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor to pass as `after` for the next page; null for an empty last page' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Builds `<Name>Connection` and `<Name>Edge` object types for a node type. */
/** `node` is a thunk so interfaces and classes declared later both work. */
export function Connection<T extends object>(node: () => ClassType<T> | (abstract new () => T), name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque position of this edge; pass it as `after` to read on from here' })
    cursor!: string;

    @Field(node, { description: `The ${name}` })
    node!: T;
  }

  @ObjectType(`${name}ConnectionBase`)
  abstract class ConnectionType {
    @Field(() => [EdgeType], { description: 'The page, in the list’s order' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits: pass endCursor as `after` while hasNextPage' })
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

export function toConnection<T>(page: { items: T[]; cursors: string[]; hasNextPage: boolean; endCursor?: string }): ConnectionShape<T> {
  const edges = page.items.map((node, i) => ({ node, cursor: page.cursors[i] as string }));
  const lastEdge = edges.length ? (edges[edges.length - 1] as Edge<T>).cursor : null;
  return { edges, pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: page.endCursor ?? lastEdge } };
}

export function pageSize(first?: number | null): number {
  return first ?? DEFAULT_PAGE_SIZE;
}
