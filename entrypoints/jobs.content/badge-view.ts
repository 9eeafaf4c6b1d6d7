import { badgeDetail, badgeLabel, badgeTone, type BadgeProps } from '@/components/FitBadge';

/**
 * One badge inside its closed shadow root, drawn with plain DOM: a list page draws a hundred at
 * once, and a Preact root per badge cost more than the rest of the badging (`npm run bench:page`).
 * Hover or keyboard focus shows the skills behind the score in a tip that floats above the page,
 * so the card's box keeps one size whatever the badge says.
 */
export class BadgeView {
  readonly #pill: HTMLSpanElement;
  #tip: HTMLSpanElement | null = null;
  #detail = '';

  constructor(private readonly root: ShadowRoot) {
    const doc = root.ownerDocument;
    this.#pill = doc.createElement('span');
    this.#pill.tabIndex = 0;
    const show = () => this.#showTip();
    const hide = () => this.#hideTip();
    this.#pill.addEventListener('mouseenter', show);
    this.#pill.addEventListener('focus', show);
    this.#pill.addEventListener('mouseleave', hide);
    this.#pill.addEventListener('blur', hide);
    root.append(this.#pill);
  }

  draw(props: BadgeProps): void {
    const { exact, saved } = props;
    const label = badgeLabel(props);
    this.#detail = `${badgeDetail(props)}${saved ? ' Saved in your tracker.' : ''}`;
    const pill = this.#pill;
    pill.className = `sf-badge sf-${badgeTone(props)}${exact ? '' : ' sf-estimate'}`;
    pill.dataset.exact = String(exact);
    pill.setAttribute('aria-label', `${label}${saved ? ', saved' : ''}. ${this.#detail}`);
    pill.textContent = label;
    if (saved) pill.append(savedMark(pill.ownerDocument));
    if (this.#tip) this.#tip.textContent = this.#detail;
  }

  #showTip(): void {
    const r = this.#pill.getBoundingClientRect();
    const tip = (this.#tip ??= this.root.ownerDocument.createElement('span'));
    tip.className = 'sf-tip';
    tip.setAttribute('role', 'tooltip');
    tip.style.left = `${Math.max(4, Math.min(r.left, innerWidth - 264))}px`;
    tip.style.top = `${r.bottom + 4}px`;
    tip.textContent = this.#detail;
    this.root.append(tip);
  }

  #hideTip(): void {
    this.#tip?.remove();
    this.#tip = null;
  }
}

/** " ✓" for the eye, " · Saved" for screen readers. */
function savedMark(doc: Document): HTMLSpanElement {
  const mark = doc.createElement('span');
  mark.className = 'sf-saved';
  const tick = doc.createElement('span');
  tick.setAttribute('aria-hidden', 'true');
  tick.textContent = '✓';
  const sr = doc.createElement('span');
  sr.className = 'sf-sr';
  sr.textContent = ' · Saved';
  mark.append(' ', tick, sr);
  return mark;
}
