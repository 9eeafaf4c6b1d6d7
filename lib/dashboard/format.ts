/** Dates as the dashboard shows them, one style everywhere ("Nov 28, 2026"; with the time for status changes). */
export function formatDay(t: number, locale?: string): string {
  return new Date(t).toLocaleDateString(locale, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatMoment(t: number, locale?: string): string {
  return new Date(t).toLocaleString(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Thousands separated the same way whatever the browser's language, so counts read alike in tests and screenshots. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
