import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { createCipheriv, createDecipheriv, createHash, createHmac } from 'node:crypto';
import { config } from './config';
import { BadUserInputError } from './errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
const CURSOR_VERSION = Buffer.from('c2');
const MAX_CURSOR_LENGTH = 512;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/*
 * Cursors are encrypted. A sort key names an item and when it happened, and
 * a page that reads past what it may show (another therapist's note, a session
 * outside a grant's scopes) would otherwise hand out that item's position in
 * its end cursor. AES-256-GCM with a synthetic IV (an HMAC of the position):
 * the same position always gives the same cursor, and a changed cursor fails
 * its tag.
 */
let keys: { cipher: Buffer; iv: Buffer } | undefined;
function cursorKeys() {
  const secret = createHash('sha256').update(config().cursorSecret).digest();
  keys ??= { cipher: secret, iv: createHmac('sha256', secret).update('cursor iv').digest() };
  return keys;
}

/** An opaque cursor for a sort-key position. Never a partition key. */
export function encodeCursor(position: string): string {
  const { cipher: key, iv: ivKey } = cursorKeys();
  const iv = createHmac('sha256', ivKey).update(position).digest().subarray(0, IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(CURSOR_VERSION);
  const body = Buffer.concat([cipher.update(position, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

function reject(field: string): never {
  throw new BadUserInputError(field, `Invalid cursor in ${field}`);
}

/** The sort-key position a cursor stands for; `BAD_USER_INPUT` naming `field` if it is not ours. */
export function decodeCursor(cursor: string, field = 'after'): string {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) reject(field);
  const raw = Buffer.from(cursor, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES) reject(field);
  try {
    const decipher = createDecipheriv('aes-256-gcm', cursorKeys().cipher, raw.subarray(0, IV_BYTES)).setAAD(CURSOR_VERSION);
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return reject(field);
  }
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
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: false, startCursor: edges[0]?.cursor ?? null, endCursor: page.endCursor ?? lastEdge },
  };
}

export function pageSize(first?: number | null): number {
  return first ?? DEFAULT_PAGE_SIZE;
}
