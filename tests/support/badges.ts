/** An Open Badges 3.0 credential as an issuer's wallet exports it (shape from the OB 3.0 spec), for tests. */
export function openBadge(opts: {
  name: string;
  issuer: string;
  validFrom: string;
  validUntil?: string;
  alignments?: string[];
  id?: string;
}): Record<string, unknown> {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: opts.id ?? 'urn:uuid:6d3c1a8e-1f0b-4c1e-9d55-2f8f3a7b9c10',
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: 'https://example.edu/issuers/565049', type: ['Profile'], name: opts.issuer },
    validFrom: opts.validFrom,
    ...(opts.validUntil ? { validUntil: opts.validUntil } : {}),
    name: opts.name,
    credentialSubject: {
      id: 'did:example:ebfeb1f712ebc6f1c276e12ec21',
      type: ['AchievementSubject'],
      achievement: {
        id: 'https://example.edu/achievements/1',
        type: ['Achievement'],
        name: opts.name,
        criteria: { narrative: 'Passed the assessment.' },
        alignment: (opts.alignments ?? []).map((n) => ({
          type: ['Alignment'],
          targetName: n,
          targetUrl: 'https://example.org/skills',
        })),
      },
    },
    proof: [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofValue: 'z58DAdFfa9SkqZMVPxAQp' }],
  };
}
