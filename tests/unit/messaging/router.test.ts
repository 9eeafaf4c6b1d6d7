import { describe, expect, it, vi } from 'vitest';
import { createRouter, HandlerError } from '@/lib/messaging/router';
import { createClient, createReceiverCheckedClient, ProtocolError } from '@/lib/messaging/client';
import { backgroundProtocol } from '@/lib/messaging/protocol';

// A two-message table: the router answers its own table's messages and no other.
const table = { ping: backgroundProtocol.ping, 'profile.remove': backgroundProtocol['profile.remove'] };
const ping = vi.fn(async () => ({ version: '1.2.3', taxonomySize: 10 }));
const route = createRouter(
  table,
  {
    ping,
    async 'profile.remove'({ skillId }) {
      if (skillId === 'boom') throw new Error('disk on fire');
      if (skillId === 'missing') throw new HandlerError('not_found', 'No such skill');
      if (skillId === 'lie') return { removed: 'yes' } as never;
      if (skillId === 'full') {
        throw Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
      }
      return { removed: null, rescored: 0 };
    },
  },
  () => undefined,
);

describe('router', () => {
  it('answers a known message with its validated response', async () => {
    expect(await route({ type: 'ping', payload: {} }, null)).toEqual({
      ok: true,
      data: { version: '1.2.3', taxonomySize: 10 },
    });
  });

  it('answers unknown, malformed and invalid messages with typed errors, never throwing', async () => {
    expect(await route({ type: 'format.disk', payload: {} }, null)).toMatchObject({
      ok: false,
      error: { code: 'unknown_message' },
    });
    expect(await route({ type: '__proto__', payload: {} }, null)).toMatchObject({
      ok: false,
      error: { code: 'unknown_message' },
    });
    // Known to the background but not in this table (how a content script's page-only message is refused).
    expect(await route({ type: 'profile.get', payload: {} }, null)).toMatchObject({
      ok: false,
      error: { code: 'unknown_message' },
    });
    expect(await route('hello', null)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await route(null, null)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await route({ type: 'ping', payload: { extra: 1 } }, null)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await route({ type: 'profile.remove', payload: { skillId: 42 } }, null)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
  });

  it('turns handler failures into error replies', async () => {
    expect(await route({ type: 'profile.remove', payload: { skillId: 'boom' } }, null)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'profile.remove failed' },
    });
    expect(await route({ type: 'profile.remove', payload: { skillId: 'missing' } }, null)).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No such skill' },
    });
    expect(await route({ type: 'profile.remove', payload: { skillId: 'full' } }, null)).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/^Your browser's storage for SkillFit is full/) },
    });
    // A handler returning the wrong shape is a bug on our side, reported as internal.
    expect(await route({ type: 'profile.remove', payload: { skillId: 'lie' } }, null)).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('client', () => {
  it('round-trips through the router and raises typed errors', async () => {
    const send = createClient(table, (m) => route(m, null));
    expect(await send('ping', {})).toEqual({ version: '1.2.3', taxonomySize: 10 });
    await expect(send('profile.remove', { skillId: 'missing' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(send('profile.remove', { skillId: 'missing' })).rejects.toBeInstanceOf(ProtocolError);
  });

  it('validates requests before sending and replies on receipt', async () => {
    const transport = vi.fn(async () => ({ ok: true, data: { version: 3 } }));
    const send = createClient(table, transport);
    await expect(send('profile.remove', { skillId: 7 as unknown as string })).rejects.toThrow();
    expect(transport).not.toHaveBeenCalled();
    await expect(send('ping', {})).rejects.toThrow();
    await expect(createClient(table, async () => undefined)('ping', {})).rejects.toMatchObject({ code: 'no_reply' });
  });

  it('a receiver-checked sender sends the payload as given and leaves both checks to the router', async () => {
    const transport = vi.fn((m: unknown) => route(m, null));
    const send = createReceiverCheckedClient<typeof table>(transport);
    expect(await send('ping', {})).toEqual({ version: '1.2.3', taxonomySize: 10 });
    // A request the schema refuses still leaves (nothing is parsed here): the router refuses it.
    const bad = send('profile.remove', { skillId: 7 as unknown as string });
    await expect(bad).rejects.toBeInstanceOf(ProtocolError);
    await expect(bad).rejects.toMatchObject({ code: 'bad_request' });
    expect(transport).toHaveBeenLastCalledWith({ type: 'profile.remove', payload: { skillId: 7 } });
    // The router's own check of its answers is what keeps a wrong one out.
    await expect(send('profile.remove', { skillId: 'lie' })).rejects.toMatchObject({ code: 'internal' });
    await expect(send('profile.remove', { skillId: 'missing' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(createReceiverCheckedClient<typeof table>(async () => undefined)('ping', {})).rejects.toMatchObject({
      code: 'no_reply',
    });
  });
});
