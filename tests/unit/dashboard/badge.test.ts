import { describe, expect, it } from 'vitest';
import { BadgeError, expiryState, readBadge } from '../../../lib/dashboard/badge';
import { openBadge } from '../../support/badges';

const ob3 = openBadge({
  name: 'Tableau Desktop Specialist',
  issuer: 'Tableau',
  validFrom: '2026-01-15T00:00:00Z',
  validUntil: '2028-01-15T00:00:00Z',
  alignments: ['Tableau', 'Data visualization'],
});

describe('badge files', () => {
  it('reads an Open Badges 3.0 credential: name, issuer, dates, aligned skills, a stable key', () => {
    const r = readBadge(JSON.stringify(ob3));
    expect(r).toEqual({
      title: 'Tableau Desktop Specialist',
      issuer: 'Tableau',
      earnedAt: Date.UTC(2026, 0, 15),
      expiresAt: Date.UTC(2028, 0, 15),
      skillNames: ['Tableau', 'Data visualization', 'Tableau Desktop Specialist'],
      key: 'urn:uuid:6d3c1a8e-1f0b-4c1e-9d55-2f8f3a7b9c10',
      url: null,
    });
  });

  it('reads a signed credential (JWT) by its payload, and a VC 1.1 credential by its older field names', () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const jwt = `${b64({ alg: 'EdDSA' })}.${b64({ vc: ob3, iss: 'x' })}.c2lnbmF0dXJl`;
    expect(readBadge(jwt).title).toBe('Tableau Desktop Specialist');
    const v1 = {
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      type: ['VerifiableCredential'],
      issuer: 'did:example:123',
      issuanceDate: '2025-05-01T00:00:00Z',
      expirationDate: '2027-05-01T00:00:00Z',
      credentialSubject: { achievement: { name: { en: 'Basic Life Support' } } },
    };
    expect(readBadge(JSON.stringify(v1))).toMatchObject({
      title: 'Basic Life Support',
      issuer: null,
      expiresAt: Date.UTC(2027, 4, 1),
    });
  });

  it('refuses what is not a credential, with a sentence that says where', () => {
    expect(() => readBadge('{"nope": 1}', 'x.json')).toThrow(BadgeError);
    expect(() => readBadge('{"nope": 1}', 'x.json')).toThrow(/x\.json is not an Open Badges 3\.0.*@context/);
    expect(() => readBadge('{not json', 'x.json')).toThrow('x.json is not valid JSON.');
    expect(() => readBadge('hello', 'x.txt')).toThrow(/neither a JSON credential nor a signed credential/);
    const undated = { ...ob3, validFrom: 'someday' };
    expect(() => readBadge(JSON.stringify(undated), 'b.json')).toThrow(/no valid date/);
    const notVc = { ...ob3, type: ['Thing'] };
    expect(() => readBadge(JSON.stringify(notVc), 'b.json')).toThrow(/does not say it is a credential/);
  });

  it('flags a credential expired, or expiring within 60 days', () => {
    const now = Date.UTC(2026, 10, 30);
    const day = 86_400_000;
    expect(expiryState(null, now)).toBeNull();
    expect(expiryState(now - 1, now)).toBe('expired');
    expect(expiryState(now + 59 * day, now)).toBe('soon');
    expect(expiryState(now + 61 * day, now)).toBeNull();
  });
});
