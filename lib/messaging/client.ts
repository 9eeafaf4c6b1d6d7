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
    const raw = await transport({ type, payload: req });
    const reply = z.safeParse(ReplySchema, raw);
    if (!reply.success) throw new ProtocolError('no_reply', `No valid reply to ${type}`);
    if (!reply.data.ok) throw new ProtocolError(reply.data.error.code, reply.data.error.message);
    return z.parse(schemas.res, reply.data.data) as Res<T, K>;
  };
}
