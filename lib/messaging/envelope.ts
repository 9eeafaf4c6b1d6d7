// zod/mini: the envelope ships in the content script, where every kilobyte is paid on each job page.
import * as z from 'zod/mini';

// Extension pages and service workers forbid eval (MV3 CSP): never let Zod probe for it.
z.config({ jitless: true });

/** What goes over `runtime.sendMessage` and `tabs.sendMessage`. */
export const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

export const ErrorCodeSchema = z.enum(['unknown_message', 'bad_request', 'not_found', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every answer: the response data, or a typed error with a message fit to show a person. */
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Reply = z.infer<typeof ReplySchema>;

/** A protocol table: message name → the Zod schemas of its request and its response. */
export type MessageTable = Record<string, { req: z.ZodMiniType; res: z.ZodMiniType }>;

/** What a sender passes (defaults may be left out). */
export type Req<T extends MessageTable, K extends keyof T> = z.input<T[K]['req']>;
/** What a handler receives (defaults filled in). */
export type ParsedReq<T extends MessageTable, K extends keyof T> = z.output<T[K]['req']>;
export type Res<T extends MessageTable, K extends keyof T> = z.output<T[K]['res']>;

export function isMessageOf<T extends MessageTable>(table: T, name: string): name is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, name);
}
