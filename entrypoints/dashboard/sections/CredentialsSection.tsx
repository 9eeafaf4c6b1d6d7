import { useEffect, useState } from 'preact/hooks';
import { CredentialsView } from '@/components/dashboard/CredentialsView';
import { CredentialForms, type CredentialDraft } from '@/components/dashboard/CredentialForms';
import { ChangeSummary } from '@/components/dashboard/ChangeSummary';
import { StackSteps } from '@/components/dashboard/StackSteps';
import type { StackStep } from '@/lib/courses/stack-schema';
import {
  credentialSkills,
  stackCredentials,
  type CredentialStack,
  type SkillDemand,
} from '@/lib/dashboard/credentials';
import { BadgeError, readBadge } from '@/lib/dashboard/badge';
import { dayToTime, timeToDay } from '@/lib/dashboard/profile';
import type { CredentialRecord } from '@/lib/db/records';
import { courseSnapshot } from '@/lib/db/course-snapshot';
import type { Res } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';
import { useRefreshOnShow } from '../refresh';

/** Badge files larger than this are not credentials (a credential is a few kilobytes). */
const MAX_BADGE_BYTES = 1024 * 1024;

/** Saved postings' demand for the given skills, counted by the background in one pass. */
async function demandFor(skillIds: Set<string>): Promise<{ demand: Map<string, SkillDemand>; total: number }> {
  const r = await send('skills.demand', { skillIds: [...skillIds].slice(0, 200) });
  return { demand: new Map(r.demand.map(({ id, asked, required }) => [id, { asked, required }])), total: r.saved };
}

/** Skill names → taxonomy skills, each once; `optional` names (a credential's own title) are kept only when known. */
async function resolve(names: string[], optional: string[] = []): Promise<CredentialDraft['skills']> {
  const clean = (xs: string[]) => xs.map((n) => n.trim()).filter(Boolean);
  const maybe = new Set(clean(optional));
  const unique = [...new Set([...clean(names), ...maybe])].slice(0, 100);
  if (unique.length === 0) return [];
  const r = await send('skills.resolve', { names: unique });
  const seen = new Set<string>();
  const out: CredentialDraft['skills'] = [];
  for (const s of r.skills) {
    if (!s.skill && maybe.has(s.name)) continue;
    if (s.skill) {
      if (seen.has(s.skill.id)) continue;
      seen.add(s.skill.id);
    }
    out.push({ ...s, picked: s.skill !== null });
  }
  return out;
}

/** Credentials container: credentials by skill with their demand and expiry; credentials already held added by hand or from a badge file. */
export function CredentialsSection({ guard }: { guard: Guard }) {
  const [stacks, setStacks] = useState<CredentialStack[]>([]);
  const [all, setAll] = useState<CredentialRecord[]>([]);
  const [saved, setSaved] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [draft, setDraft] = useState<CredentialDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState({ text: '', error: false });
  const [change, setChange] = useState<Res<'credentials.add'> | null>(null);
  const [removed, setRemoved] = useState<CredentialRecord | null>(null);
  const [steps, setSteps] = useState<StackStep[]>([]);
  const [onPlan, setOnPlan] = useState<ReadonlySet<string>>(new Set());

  /** Where the credentials lead, and which of those steps are on the learning plan already. */
  const loadSteps = async () => {
    const r = await guard(Promise.all([send('stacks.get', {}), send('learning.list', {})]));
    if (!r) return;
    setSteps(r[0].steps);
    setOnPlan(new Set(r[1].items.map((i) => i.courseId)));
  };

  const addStep = async (step: StackStep) => {
    const added = await guard(send('learning.start', { course: courseSnapshot(step.course) }));
    if (added) setOnPlan((s) => new Set([...s, added.courseId]));
  };

  const load = async () => {
    const r = await guard(Promise.all([send('credentials.list', {}), send('profile.get', {})]));
    const credentials: CredentialRecord[] = r?.[0].items ?? [];
    const profile = r?.[1].skills ?? [];
    setAll(credentials);
    setStacks(stackCredentials(credentials, profile, new Map()));
    setLoaded(true);
    if (credentials.length === 0) return setSteps([]);
    void loadSteps();
    const d = await guard(demandFor(credentialSkills(credentials)));
    if (!d) return;
    setStacks(stackCredentials(credentials, profile, d.demand));
    setSaved(d.total);
  };
  useEffect(() => void load(), []);
  useRefreshOnShow(load);

  const manual = async (f: { title: string; issuer: string; earnedOn: string; expiresOn: string; skills: string }) => {
    const earned = dayToTime(f.earnedOn);
    const expires = f.expiresOn ? dayToTime(f.expiresOn) : null;
    if (!f.title.trim() || earned === null)
      return setMessage({ text: 'Give the credential a name and the day you earned it.', error: true });
    if (expires !== null && expires < earned)
      return setMessage({ text: 'The expiry date is before the day it was earned.', error: true });
    setBusy(true);
    const skills = await guard(resolve(f.skills.split(','), [f.title]));
    setBusy(false);
    if (!skills) return;
    setMessage({ text: '', error: false });
    setDraft({
      title: f.title.trim(),
      issuer: f.issuer.trim(),
      earnedOn: f.earnedOn,
      expiresOn: f.expiresOn,
      badge: null,
      skills,
    });
  };

  const badgeFile = async (file: File) => {
    setDraft(null);
    if (file.size > MAX_BADGE_BYTES)
      return setMessage({ text: `“${file.name}” is too large to be a credential file (over 1 MB).`, error: true });
    try {
      const badge = readBadge(await file.text(), `“${file.name}”`);
      setBusy(true);
      const skills = await guard(
        resolve(
          badge.skillNames.filter((n) => n !== badge.title),
          [badge.title],
        ),
      );
      setBusy(false);
      if (!skills) return;
      setMessage({ text: `Read “${file.name}”. Check it, then add it.`, error: false });
      setDraft({
        title: badge.title,
        issuer: badge.issuer ?? '',
        earnedOn: timeToDay(badge.earnedAt),
        expiresOn: timeToDay(badge.expiresAt),
        badge,
        skills,
      });
    } catch (e) {
      setMessage({ text: e instanceof BadgeError ? e.message : `Could not read “${file.name}”.`, error: true });
    }
  };

  const confirm = async () => {
    if (!draft) return;
    setBusy(true);
    const b = draft.badge;
    const r = await guard(
      send('credentials.add', {
        title: draft.title,
        ...(draft.issuer ? { issuer: draft.issuer } : {}),
        earnedAt: b?.earnedAt ?? dayToTime(draft.earnedOn) ?? Date.now(),
        expiresAt: b ? b.expiresAt : dayToTime(draft.expiresOn),
        skills: draft.skills.filter((s) => s.picked && s.skill).map((s) => s.skill!.id),
        source: b ? 'badge' : 'manual',
        ...(b ? { key: b.key } : {}),
        ...(b?.url ? { url: b.url } : {}),
      }),
    );
    setBusy(false);
    if (!r) return;
    setDraft(null);
    setChange(r);
    setMessage({
      text: r.added ? '' : `You already had “${r.credential.title}”: nothing changed.`,
      error: false,
    });
    await load();
  };

  const remove = async (id: string) => {
    const r = await guard(send('credentials.remove', { id }));
    if (r?.removed) setRemoved(r.removed);
    await load();
  };

  return (
    <>
      {change?.added ? <ChangeSummary change={change} verb="Added" onDismiss={() => setChange(null)} /> : null}
      <CredentialsView
        stacks={stacks}
        all={all}
        savedJobs={saved}
        loaded={loaded}
        now={Date.now()}
        onRemove={(id) => void remove(id)}
        next={<StackSteps steps={steps} onPlan={onPlan} onAdd={(s) => void addStep(s)} />}
        forms={
          <CredentialForms
            draft={draft}
            busy={busy}
            message={message.text}
            error={message.error}
            onManual={(f) => void manual(f)}
            onFile={(f) => void badgeFile(f)}
            onPick={(i, picked) =>
              setDraft((d) => (d ? { ...d, skills: d.skills.map((s, j) => (j === i ? { ...s, picked } : s)) } : d))
            }
            onConfirm={() => void confirm()}
            onCancel={() => setDraft(null)}
          />
        }
      />
      {removed ? (
        <div class="db-toast" role="status">
          <span>Removed “{removed.title}”. The skills it raised stay in your profile.</span>
          <button
            type="button"
            onClick={() =>
              void guard(send('credentials.restore', { credential: removed })).then(() => {
                setRemoved(null);
                return load();
              })
            }
          >
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setRemoved(null)}>
            ×
          </button>
        </div>
      ) : null}
    </>
  );
}
