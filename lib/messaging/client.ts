import * as z from 'zod/mini';
import { ReplySchema, type ErrorCode, type MessageTable, type Req, type Res } from './envelope';

export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(
    readonly code: ErrorCode | 'no_reply',
    message: string,
  ) {
    super(message);
  }
}

export type Transport = (message: unknown) => Promise<unknown>;

/**
 * A typed sender for one protocol table over any transport (runtime.sendMessage, tabs.sendMessage).
 * Requests are validated before sending, replies are parsed on receipt, and error replies become a
 * ProtocolError.
 */
export function createClient<T extends MessageTable>(table: T, transport: Transport) {
  return async function send<K extends Extract<keyof T, string>>(type: K, payload: Req<T, K>): Promise<Res<T, K>> {
    const schemas = table[type]!;
    const req = z.parse(schemas.req, payload);
    const data = unwrap(type, await transport({ type, payload: req }));
    return z.parse(schemas.res, data) as Res<T, K>;
  };
}

/**
 * A typed sender that leaves both checks to the receiver: the background's router parses every
 * request it is sent and every answer before it leaves (router.ts), so parsing them again here
 * would only repeat that work. Only the reply's envelope is read here: an error reply still becomes
 * a ProtocolError. For the job sites' content script: it takes the table as a type only, so none
 * of the protocol's schemas are built on every job page as the script starts, nor run again on
 * each request and reply (lib/messaging/content-runtime.ts).
 */
export function createReceiverCheckedClient<T extends MessageTable>(transport: Transport) {
  return async function send<K extends Extract<keyof T, string>>(type: K, payload: Req<T, K>): Promise<Res<T, K>> {
    return unwrap(type, await transport({ type, payload })) as Res<T, K>;
  };
}

/** A reply's data, or the ProtocolError it stands for. */
function unwrap(type: string, raw: unknown): unknown {
  const reply = z.safeParse(ReplySchema, raw);
  if (!reply.success) throw new ProtocolError('no_reply', `No valid reply to ${type}`);
  if (!reply.data.ok) throw new ProtocolError(reply.data.error.code, reply.data.error.message);
  return reply.data.data;
}
