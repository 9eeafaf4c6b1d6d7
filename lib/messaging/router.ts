import * as z from 'zod/mini';
import { isStorageFull, STORAGE_FULL_MESSAGE } from '../db/errors';
import {
  asEnvelope,
  isMessageOf,
  type ErrorCode,
  type MessageTable,
  type ParsedReq,
  type Reply,
  type Res,
} from './envelope';

/** One handler per message of a table: the parsed request in, the response out. */
export type Handlers<T extends MessageTable, Ctx> = {
  [K in keyof T]: (req: ParsedReq<T, K>, ctx: Ctx) => Promise<Res<T, K>>;
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
 * Turns a table's handlers into one function from a raw message to a reply. It never throws:
 * unknown or malformed messages, handler failures and invalid responses all become typed errors.
 * A message of another table (a page-only message sent by a content script) is `unknown_message`.
 */
export function createRouter<T extends MessageTable, Ctx>(
  table: T,
  handlers: Handlers<T, Ctx>,
  log: (msg: string) => void = console.warn,
) {
  return async function route(raw: unknown, ctx: Ctx): Promise<Reply> {
    const env = asEnvelope(raw);
    if (!env) return fail('bad_request', 'Message is not of the form { type, payload }');
    const { type, payload } = env;
    if (!isMessageOf(table, type) || !Object.prototype.hasOwnProperty.call(handlers, type)) {
      return fail('unknown_message', `Unknown message "${type.slice(0, 60)}"`);
    }
    const schemas = table[type]!;
    const req = z.safeParse(schemas.req, payload ?? {});
    if (!req.success) return fail('bad_request', `Bad ${type} request: ${req.error.issues[0]?.message ?? 'invalid'}`);
    try {
      const handler = handlers[type] as unknown as (r: unknown, c: Ctx) => Promise<unknown>;
      const data = z.parse(schemas.res, await handler(req.data, ctx));
      return { ok: true, data };
    } catch (err) {
      if (err instanceof HandlerError) return fail(err.code, err.message);
      if (err instanceof Error && err.name === 'NotFoundError') return fail('not_found', err.message);
      // The one failure a person can act on: say it plainly.
      if (isStorageFull(err)) return fail('internal', STORAGE_FULL_MESSAGE);
      log(`[skillfit] ${type} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fail('internal', `${type} failed`);
    }
  };
}

function fail(code: ErrorCode, message: string): Reply {
  return { ok: false, error: { code, message } };
}
