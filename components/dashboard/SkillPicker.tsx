import { useState } from 'preact/hooks';

export interface Suggestion {
  id: string;
  name: string;
  kind: string;
}

interface Props {
  suggestions: Suggestion[];
  onQuery(query: string): void;
  onPick(s: Suggestion): void;
}

/** A combobox over the taxonomy: type "k8s", pick Kubernetes. Keyboard: ↑ ↓ Enter Escape. */
export function SkillPicker({ suggestions, onQuery, onPick }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const open = query.trim().length > 0 && suggestions.length > 0;
  const pick = (s: Suggestion | undefined) => {
    if (!s) return;
    onPick(s);
    setQuery('');
    onQuery('');
    setActive(0);
  };
  return (
    <div>
      <label for="sf-skill-input">Add a skill</label>
      <input
        id="sf-skill-input"
        role="combobox"
        aria-expanded={open}
        aria-controls="sf-skill-options"
        aria-autocomplete="list"
        aria-activedescendant={open ? `sf-opt-${active}` : undefined}
        autocomplete="off"
        placeholder="e.g. Excel, food safety, k8s, Spanish"
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
          onQuery(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive(Math.min(active + 1, suggestions.length - 1));
          else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
          else if (e.key === 'Enter') pick(suggestions[active]);
          else if (e.key === 'Escape') {
            setQuery('');
            onQuery('');
          } else return;
          e.preventDefault();
        }}
      />
      {open ? (
        <ul id="sf-skill-options" role="listbox" class="db-listbox" aria-label="Matching skills">
          {suggestions.map((s, i) => (
            <li
              id={`sf-opt-${i}`}
              key={s.id}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(s);
              }}
            >
              {s.name} <span class="db-muted">· {s.kind}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
