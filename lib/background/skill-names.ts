import type { Engine } from './engine';
import { skillName, type DisplayLanguage } from '../skills';
import type { Fit } from '../fit/schema';
import type { PostingView } from '../messaging/views';

/**
 * Skill names in the user's language. The background chooses them when it builds what the popup
 * and the panel show (posting views, badge descriptions), so both name a skill alike. The language
 * is the browser's (`browser.i18n.getUILanguage()`): Spanish and French names where the taxonomy
 * has them, English otherwise and for every other language. Reasons stay in English, as the rest
 * of the interface does.
 */

/** The taxonomy's display language for a browser UI language tag ("es-419" → es, "fr-CA" → fr, "de" → en). */
export function displayLanguage(uiLanguage: string | undefined): DisplayLanguage {
  const primary = (uiLanguage ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'es' || primary === 'fr' ? primary : 'en';
}

/** A skill's name in `language`: the taxonomy's, or a custom skill's own; undefined for an unknown id. */
export function nameIn(engine: Engine, language: DisplayLanguage, id: string): string | undefined {
  return (
    (language === 'en' ? undefined : skillName(engine.baseTaxonomy, id, language)) ?? engine.taxonomy.get(id)?.name
  );
}

type Namer = (id: string) => string | undefined;

function renamed<T extends { id: string; name: string }>(items: readonly T[], name: Namer): T[] {
  return items.map((i) => ({ ...i, name: name(i.id) ?? i.name }));
}

/** A fit with its skills named in `language`. */
export function localizeFit(engine: Engine, language: DisplayLanguage, fit: Fit): Fit;
export function localizeFit(engine: Engine, language: DisplayLanguage, fit: Fit | null): Fit | null;
export function localizeFit(engine: Engine, language: DisplayLanguage, fit: Fit | null): Fit | null {
  if (!fit || language === 'en') return fit;
  const name: Namer = (id) => nameIn(engine, language, id);
  return {
    ...fit,
    matched: renamed(fit.matched, name),
    partial: renamed(fit.partial, name),
    missing: renamed(fit.missing, name),
  };
}

/** A posting view with its skills, fit and licences named in `language`. */
export function localizeView(engine: Engine, language: DisplayLanguage, view: PostingView): PostingView {
  if (language === 'en') return view;
  const name: Namer = (id) => nameIn(engine, language, id);
  const licences = view.signals?.licences;
  return {
    ...view,
    skills: renamed(view.skills, name),
    fit: localizeFit(engine, language, view.fit),
    ...(view.signals && licences ? { signals: { ...view.signals, licences: renamed(licences, name) } } : {}),
  };
}
