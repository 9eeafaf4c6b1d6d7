import { useEffect, useRef, useState } from 'preact/hooks';
import { ProfileView } from '@/components/dashboard/ProfileView';
import { IgnoredSkills } from '@/components/dashboard/IgnoredSkills';
import type { Res } from '@/lib/messaging/protocol';
import type { Suggestion } from '@/components/dashboard/SkillPicker';
import { textAdditions, textCandidates, textCredentials, type TextCandidate } from '@/lib/dashboard/profile';
import { limitText } from '@/lib/dashboard/resume-text';
import { readResumeFile } from '../resume-file';
import type { ProfileRecord } from '@/lib/db/records';
import { send } from '@/lib/messaging/runtime';
import type { Guard } from '../guard';
import { useRefreshOnShow } from '../refresh';

/** Profile container: talks to the background, keeps the text-import review state. */
export function ProfileSection({ guard }: { guard: Guard }) {
  const [skills, setSkills] = useState<ProfileRecord[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [answered, setAnswered] = useState('');
  const [newLevel, setNewLevel] = useState(3);
  const [pendingLevel, setPendingLevel] = useState<{ skill: Suggestion; from: number; to: number } | null>(null);
  const [text, setText] = useState('');
  const [candidates, setCandidates] = useState<TextCandidate[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const [note, setNote] = useState('');
  /** What is being saved right now: every profile change re-scores all saved jobs before answering. */
  const [saving, setSaving] = useState('');
  const latestQuery = useRef('');
  /** The skill just removed (with its evidence), for Undo. */
  const [removed, setRemoved] = useState<ProfileRecord | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);

  const [ignored, setIgnored] = useState<Res<'ignored.list'>>({ never: [], here: [] });

  const load = async () => {
    const [r, i] = await Promise.all([guard(send('profile.get', {})), guard(send('ignored.list', {}))]);
    if (r) setSkills(r.skills);
    if (i) setIgnored(i);
    setLoaded(true);
    return r?.skills ?? [];
  };
  useEffect(() => void load(), []);
  useRefreshOnShow(load);

  const onQuery = async (raw: string) => {
    const q = raw.trim();
    latestQuery.current = q;
    if (!q) {
      setSuggestions([]);
      setAnswered('');
      return;
    }
    const r = await guard(send('skills.suggest', { query: q, limit: 8 }));
    // Answers can arrive out of order while typing: keep only the one for the current text.
    if (r && latestQuery.current === q) {
      setSuggestions(r.skills);
      setAnswered(q);
    }
  };

  /** Searches the text, up to the limit — and says so when the text goes past it. */
  const findSkills = async (whole = text, prefix = '') => {
    setBusy(true);
    setMessage('');
    const limited = limitText(whole);
    setNote([prefix, limited.note].filter(Boolean).join(' '));
    const r = await guard(send('skills.fromText', { text: limited.text }));
    if (r) setCandidates(textCandidates(r.found, skills));
    setBusy(false);
  };

  /** A résumé file: read here (never in a job page), shown in the box, then searched. */
  const readFile = async (file: File) => {
    setBusy(true);
    setMessage('');
    setNote(`Reading “${file.name}”…`);
    try {
      const read = await readResumeFile(file);
      setText(read);
      if (!read.trim()) {
        setNote(`“${file.name}” has no text SkillFit can read (a scanned image?). Paste its text instead.`);
        setBusy(false);
        return;
      }
      await findSkills(read, `Read “${file.name}”.`);
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };

  const addFromText = async () => {
    if (!candidates) return;
    const reqs = textAdditions(candidates);
    setBusy(true);
    setMessage(`Adding ${reqs.length} skill${reqs.length === 1 ? '' : 's'}…`);
    // One message for the batch: the saved jobs are re-scored once.
    const r = await guard(send('profile.setMany', { skills: reqs }));
    const added = r ? r.skills.length : 0;
    // Licences given an expiry date are kept as credentials too, to be flagged before they lapse.
    if (r) for (const c of textCredentials(candidates, Date.now())) await guard(send('credentials.add', c));
    await load();
    setCandidates(null);
    setText('');
    setNote('');
    setBusy(false);
    setMessage(`Added ${added} skill${added === 1 ? '' : 's'} from your text.`);
  };

  /** Runs one profile change with a "saving" note, then reloads the list. */
  const change = async (what: string, p: Promise<unknown>) => {
    setSaving(what);
    await guard(p);
    await load();
    setSaving('');
  };

  const undoRemove = (record: ProfileRecord) =>
    void change(
      `Putting ${record.name} back…`,
      send('profile.restore', { record }).then(() => setRemoved(null)),
    );

  return (
    <>
      <ProfileView
        skills={skills}
        loaded={loaded}
        suggestions={suggestions}
        answered={answered}
        newLevel={newLevel}
        onNewLevel={setNewLevel}
        onQuery={(q) => void onQuery(q)}
        saving={saving}
        onAdd={(s) => {
          const held = skills.find((r) => r.skillId === s.id);
          if (held && held.level !== newLevel) return setPendingLevel({ skill: s, from: held.level, to: newLevel });
          if (held) return setMessage(`${s.name} is already in your profile at this level.`);
          void change(`Adding ${s.name}…`, send('profile.set', { skillId: s.id, level: newLevel, source: 'self' }));
        }}
        onAddOwn={(name) => void change(`Adding ${name}…`, send('profile.addCustom', { name, level: newLevel }))}
        pendingLevel={pendingLevel}
        onConfirmLevel={() => {
          const p = pendingLevel;
          setPendingLevel(null);
          if (p)
            void change(
              `Changing ${p.skill.name}…`,
              send('profile.set', { skillId: p.skill.id, level: p.to, source: 'self' }),
            );
        }}
        onCancelLevel={() => setPendingLevel(null)}
        onLevel={(id, level) =>
          void change('Saving the new level…', send('profile.set', { skillId: id, level, source: 'self' }))
        }
        onRemove={(id) =>
          void change(
            'Removing…',
            send('profile.remove', { skillId: id }).then((r) => setRemoved(r.removed)),
          )
        }
        textImport={{
          text,
          candidates,
          busy,
          message,
          note,
          onText: setText,
          onFind: () => void findSkills(),
          onFile: (f) => void readFile(f),
          onChange: (i, change) =>
            setCandidates((cs) => cs?.map((c, j) => (j === i ? { ...c, ...change } : c)) ?? null),
          onAdd: () => void addFromText(),
          onClear: () => {
            setCandidates(null);
            setText('');
            setNote('');
            setMessage('');
          },
        }}
      />
      <IgnoredSkills
        ignored={ignored}
        onRestore={(skillId, postingId, name) =>
          void change(`Counting ${name} again…`, send('ignored.restore', { skillId, postingId }))
        }
      />
      {removed ? (
        <div class="db-toast" role="status">
          <span>Removed “{removed.name}”.</span>
          <button type="button" ref={undoRef} onClick={() => undoRemove(removed)}>
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
