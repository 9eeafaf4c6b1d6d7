import {
  EnvelopeSchema,
  isMessageName,
  protocol,
  type MessageName,
  type ParsedReq,
  type Reply,
  type Res,
} from './protocol';

export type Handlers<Ctx, Names extends MessageName = MessageName> = {
  [K in Names]: (req: ParsedReq<K>, ctx: Ctx) => Promise<Res<K>>;
};

/** Thrown by a handler to answer with a typed error instead of `internal`. */
export class HandlerError extends Error {
  constructor(
    readonly code: 'bad_request' | 'not_found',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns the handler table into one function from a raw message to a reply. It never throws:
 * unknown or malformed messages, handler failures and invalid responses all become typed errors.
 */
export function createRouter<Ctx, Names extends MessageName>(
  handlers: Handlers<Ctx, Names>,
  log: (msg: string) => void = console.warn,
) {
  const handles = (name: string): name is Names =>
    isMessageName(name) && Object.prototype.hasOwnProperty.call(handlers, name);
  return async function route(raw: unknown, ctx: Ctx): Promise<Reply> {
    const env = EnvelopeSchema.safeParse(raw);
    if (!env.success) return fail('bad_request', 'Message is not of the form { type, payload }');
    const { type, payload } = env.data;
    if (!handles(type)) return fail('unknown_message', `Unknown message "${type.slice(0, 60)}"`);
    return dispatch(type, payload, ctx);
  };

  async function dispatch<K extends Names>(type: K, payload: unknown, ctx: Ctx): Promise<Reply> {
    const req = protocol[type].req.safeParse(payload ?? {});
    if (!req.success) return fail('bad_request', `Bad ${type} request: ${req.error.issues[0]?.message ?? 'invalid'}`);
    try {
      const handler = handlers[type] as unknown as (r: unknown, c: Ctx) => Promise<unknown>;
      const data = protocol[type].res.parse(await handler(req.data, ctx));
      return { ok: true, data };
    } catch (err) {
      if (err instanceof HandlerError) return fail(err.code, err.message);
      if (err instanceof Error && err.name === 'NotFoundError') return fail('not_found', err.message);
      log(`[skillfit] ${type} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fail('internal', `${type} failed`);
    }
  }
}

function fail(code: 'unknown_message' | 'bad_request' | 'not_found' | 'internal', message: string): Reply {
  return { ok: false, error: { code, message } };
}
