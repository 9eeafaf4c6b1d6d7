import { useEffect, useState } from 'preact/hooks';
import { CredentialsView } from '@/components/dashboard/CredentialsView';
import {
  credentialSkills,
  stackCredentials,
  type CredentialStack,
  type SkillDemand,
} from '@/lib/dashboard/credentials';
import type { CredentialRecord } from '@/lib/db/records';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';

/** Saved postings' demand for the given skills, counted by the background in one pass. */
async function demandFor(skillIds: Set<string>): Promise<{ demand: Map<string, SkillDemand>; total: number }> {
  const r = await send('skills.demand', { skillIds: [...skillIds].slice(0, 200) });
  return { demand: new Map(r.demand.map(({ id, asked, required }) => [id, { asked, required }])), total: r.saved };
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
