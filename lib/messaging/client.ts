import { protocol, ReplySchema, type ErrorCode, type MessageName, type Req, type Res } from './protocol';

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
 * A typed sender over any transport (runtime.sendMessage in the extension). Requests are validated
 * before sending, replies are parsed on receipt, and error replies become a ProtocolError.
 */
export function createClient(transport: Transport) {
  return async function send<K extends MessageName>(type: K, payload: Req<K>): Promise<Res<K>> {
    const req = protocol[type].req.parse(payload);
    const raw = await transport({ type, payload: req });
    const reply = ReplySchema.safeParse(raw);
    if (!reply.success) throw new ProtocolError('no_reply', `No valid reply to ${type}`);
    if (!reply.data.ok) throw new ProtocolError(reply.data.error.code, reply.data.error.message);
    return protocol[type].res.parse(reply.data.data) as Res<K>;
  };
}
