import { useState } from 'preact/hooks';

export interface Suggestion {
  id: string;
  name: string;
  kind: string;
}

interface Props {
  suggestions: Suggestion[];
  /** The query the suggestions answer, so "no match" is only said once the answer is in. */
  answered: string;
  onQuery(query: string): void;
  onPick(s: Suggestion): void;
  /** Skills in the profile and their levels, marked in the list. */
  held?: ReadonlyMap<string, number>;
  /** When nothing matches, the typed text may be added as the user's own skill (matched as written). */
  onAddOwn?(name: string): void;
}

/** The option shown when no skill matches: the typed text as the user's own skill. */
export const ownSkillOption = (q: string): string => `Add “${q}” as your own skill`;

const KIND_WORDS: Record<string, string> = {
  language: 'programming language',
  tool: 'tool',
  platform: 'platform',
  domain: 'field',
  method: 'method',
  soft: 'people skill',
  certification: 'certification',
  'human-language': 'language',
  other: 'skill',
};

/**
 * A combobox over the taxonomy: typing an alias offers its canonical skill ("k8s" → Kubernetes).
 * Keyboard: ↓ ↑ move, Enter picks, Escape closes; the list follows the ARIA combobox pattern.
 */
export function SkillPicker({ suggestions, answered, onQuery, onPick, held, onAddOwn }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const q = query.trim();
  const open = !closed && q.length > 0 && suggestions.length > 0;
  const noMatch = q.length > 0 && answered === q && suggestions.length === 0;
  const offerOwn = !closed && noMatch && onAddOwn !== undefined;
  const clear = () => {
    setQuery('');
    onQuery('');
    setActive(0);
  };
  const pick = (s: Suggestion | undefined) => {
    if (!s) return;
    onPick(s);
    clear();
  };
  const addOwn = () => {
    onAddOwn?.(q);
    clear();
  };
  return (
    <div class="db-picker">
      <label for="sf-skill-input">Add a skill</label>
      <input
        id="sf-skill-input"
        type="text"
        role="combobox"
        aria-expanded={open || offerOwn}
        aria-controls="sf-skill-options"
        aria-autocomplete="list"
        aria-describedby="sf-skill-hint"
        aria-activedescendant={open ? `sf-opt-${active}` : offerOwn ? 'sf-opt-own' : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder="e.g. Excel, food safety, forklift, k8s, Spanish"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          setClosed(false);
          onQuery(e.currentTarget.value);
        }}
        onBlur={() => setClosed(true)}
        onFocus={() => setClosed(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            setClosed(false);
            setActive(Math.min(active + 1, suggestions.length - 1));
          } else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
          else if (e.key === 'Enter' && open) pick(suggestions[active]);
          else if (e.key === 'Enter' && offerOwn) addOwn();
          else if (e.key === 'Escape' && open) setClosed(true);
          else if (e.key === 'Escape') {
            setQuery('');
            onQuery('');
          } else return;
          e.preventDefault();
        }}
      />
      <p id="sf-skill-hint" class="db-hint">
        Type a skill or a short name for it, then pick it with the arrow keys and Enter, or click it.
      </p>
      {open ? (
        <ul id="sf-skill-options" role="listbox" class="db-listbox" aria-label="Matching skills">
          {suggestions.map((s, i) => (
            <li
              id={`sf-opt-${i}`}
              key={s.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                // Keep focus in the input so typing can go on after a click.
                e.preventDefault();
                pick(s);
              }}
              onMouseMove={() => i !== active && setActive(i)}
            >
              <span class="db-opt-name">{s.name}</span> <span class="db-muted">{KIND_WORDS[s.kind] ?? s.kind}</span>
              {held?.has(s.id) ? <span class="db-held"> · in your profile (level {held.get(s.id)})</span> : null}
            </li>
          ))}
        </ul>
      ) : offerOwn ? (
        <ul id="sf-skill-options" role="listbox" class="db-listbox" aria-label="Matching skills">
          <li
            id="sf-opt-own"
            role="option"
            aria-selected={true}
            onMouseDown={(e) => {
              e.preventDefault();
              addOwn();
            }}
          >
            <span class="db-opt-name">{ownSkillOption(q)}</span> <span class="db-muted">matched as you wrote it</span>
          </li>
        </ul>
      ) : null}
      <p class="db-muted db-live" aria-live="polite">
        {noMatch
          ? onAddOwn
            ? `No skill matches “${q}”. Add it as your own skill, or try a shorter or more common name.`
            : `No skill matches “${q}”. Try a shorter or more common name.`
          : open
            ? `${suggestions.length} matching skills`
            : ''}
      </p>
    </div>
  );
}
