import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { EnvelopeSchema, ReplySchema, asEnvelope, asReply } from '@/lib/messaging/envelope';

/** Everything a message port may carry, and then some: the checks written out must agree with the schemas on each. */
const INPUTS: unknown[] = [
  undefined,
  null,
  0,
  'cards.score',
  true,
  [],
  ['tab.reading'],
  {},
  new Date(0),
  new Map([['type', 'x']]),
  Object.create(null),
  { type: 'tab.reading' },
  { type: 'tab.reading', payload: undefined },
  { type: 'tab.reading', payload: { a: 1 } },
  { type: 'tab.reading', payload: null, extra: 'dropped' },
  { type: 7, payload: {} },
  { type: ['tab.reading'] },
  { ok: true },
  { ok: true, data: undefined },
  { ok: true, data: null },
  { ok: true, data: { scores: [] }, error: 'dropped' },
  { ok: 'true', data: 1 },
  { ok: 1, data: 1 },
  { ok: false },
  { ok: false, error: null },
  { ok: false, error: [] },
  { ok: false, error: { code: 'not_found' } },
  { ok: false, error: { code: 'not_found', message: 'That posting is gone' } },
  { ok: false, error: { code: 'not_found', message: 'gone', stack: 'dropped' }, data: 'dropped' },
  { ok: false, error: { code: 'teapot', message: 'no' } },
  { ok: false, error: { code: 'internal', message: 42 } },
  { ok: false, error: { code: 'toString', message: 'prototype names are no codes' } },
];

const viaSchema = (schema: z.ZodMiniType, raw: unknown) => {
  const r = z.safeParse(schema, raw);
  return r.success ? r.data : undefined;
};

describe('the envelope checks the content script runs without schemas', () => {
  it('accept, reject and copy exactly what EnvelopeSchema does', () => {
    for (const raw of INPUTS)
      expect(asEnvelope(raw), JSON.stringify(raw) ?? String(raw)).toEqual(viaSchema(EnvelopeSchema, raw));
    expect(INPUTS.filter((r) => asEnvelope(r)).length).toBe(3);
    // A key of z.unknown() must be there, even holding undefined.
    expect(asEnvelope({ type: 'tab.reading' })).toBeUndefined();
  });

  it('accept, reject and copy exactly what ReplySchema does', () => {
    for (const raw of INPUTS)
      expect(asReply(raw), JSON.stringify(raw) ?? String(raw)).toEqual(viaSchema(ReplySchema, raw));
    expect(INPUTS.filter((r) => asReply(r)).length).toBe(5);
    expect(asReply({ ok: false, error: { code: 'not_found', message: 'gone', stack: 's' } })).toStrictEqual({
      ok: false,
      error: { code: 'not_found', message: 'gone' },
    });
  });
});
