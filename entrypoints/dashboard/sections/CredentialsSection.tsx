import { useEffect, useState } from 'preact/hooks';
import { CredentialsView } from '@/components/dashboard/CredentialsView';
import { countDemand, credentialSkills, stackCredentials, type CredentialStack, type SkillDemand } from '@/lib/dashboard/credentials';
import type { CredentialRecord, PostingRecord } from '@/lib/db/records';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../DashboardApp';

const BATCH = 500;

/**
 * Saved postings' demand for the given skills, read through `postings.list` 500 at a time.
 * A stop-gap: a `skills.demand` message answering the counts in the background would read the
 * postings once (see the report).
 */
async function demandFor(skillIds: Set<string>): Promise<{ demand: Map<string, SkillDemand>; total: number }> {
  const all: PostingRecord[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const r = await send('postings.list', { sort: 'savedAt', dir: 'desc', offset, limit: BATCH });
    all.push(...r.items);
    if (r.items.length < BATCH || all.length >= r.total) return { demand: countDemand(all, skillIds), total: r.total };
  }
}

/** Credentials container: credentials grouped by skill, and how many saved jobs ask for each skill. */
export function CredentialsSection({ guard }: { guard: Guard }) {
  const [stacks, setStacks] = useState<CredentialStack[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void (async () => {
      const r = await guard(Promise.all([send('credentials.list', {}), send('profile.get', {})]));
      const credentials: CredentialRecord[] = r?.[0].items ?? [];
      const profile = r?.[1].skills ?? [];
      setStacks(stackCredentials(credentials, profile, new Map()));
      setLoaded(true);
      if (credentials.length === 0) return;
      const d = await guard(demandFor(credentialSkills(credentials)));
      if (!d) return;
      setStacks(stackCredentials(credentials, profile, d.demand));
      setSaved(d.total);
    })();
  }, []);

  return <CredentialsView stacks={stacks} savedJobs={saved} loaded={loaded} />;
}
