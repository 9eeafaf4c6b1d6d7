import type { Settings } from '@/lib/db/records';

interface Props {
  settings: Settings | null;
  onChange(changes: Partial<Settings>): void;
}

/** What SkillFit shows on job sites. */
export function SettingsCard({ settings, onChange }: Props) {
  return (
    <section class="db-section" aria-labelledby="settings-h">
      <h2 id="settings-h">On job sites</h2>
      <div class="db-card">
        <label class="db-check">
          <input
            type="checkbox"
            checked={settings?.showBadges ?? true}
            disabled={!settings}
            onChange={(e) => onChange({ showBadges: e.currentTarget.checked })}
          />
          Show a fit badge on every job in search results and job boards
        </label>
        <label class="db-check">
          <input
            type="checkbox"
            checked={settings?.panelCollapsed === false}
            disabled={!settings}
            onChange={(e) => onChange({ panelCollapsed: e.currentTarget.checked ? false : null })}
          />
          Always open the SkillFit panel on job postings (otherwise it opens only where it has room beside the job's
          text, and stays a tab at the window's edge elsewhere)
        </label>
      </div>
    </section>
  );
}
