// zod/mini: the envelope ships in the content script, where every kilobyte is paid on each job page.
import * as z from 'zod/mini';

// Extension pages and service workers forbid eval (MV3 CSP): never let Zod probe for it.
z.config({ jitless: true });

/** What goes over `runtime.sendMessage` and `tabs.sendMessage`. */
export const EnvelopeSchema = z.object({ type: z.string(), payload: z.unknown() });
export type Envelope = z.infer<typeof EnvelopeSchema>;

const ERROR_CODES = ['unknown_message', 'bad_request', 'not_found', 'internal'] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Every answer: the response data, or a typed error with a message fit to show a person. */
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCodeSchema, message: z.string() }) }),
]);
export type Reply = z.infer<typeof ReplySchema>;

/*
 * The two checks every message and every answer go through, written out: the job sites' content
 * script sends and answers with them, and builds no schema for them on every page it starts on.
 * They accept and return exactly what EnvelopeSchema and ReplySchema do (a test holds them side by
 * side on the same inputs).
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `EnvelopeSchema`'s result for `raw`, or undefined when it is not a message. */
export function asEnvelope(raw: unknown): Envelope | undefined {
  // A key of z.unknown() must be there, even when it holds undefined.
  return isRecord(raw) && typeof raw.type === 'string' && 'payload' in raw
    ? { type: raw.type, payload: raw.payload }
    : undefined;
}

/** `ReplySchema`'s result for `raw`, or undefined when it is not an answer. */
export function asReply(raw: unknown): Reply | undefined {
  if (!isRecord(raw)) return undefined;
  if (raw.ok === true) return 'data' in raw ? { ok: true, data: raw.data } : undefined;
  const error = raw.error;
  if (raw.ok !== false || !isRecord(error) || typeof error.message !== 'string') return undefined;
  const code = ERROR_CODES.find((c) => c === error.code);
  return code ? { ok: false, error: { code, message: error.message } } : undefined;
}

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
