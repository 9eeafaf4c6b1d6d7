import type { ComponentChildren } from 'preact';
import { safeWebUrl } from '@/lib/safe-url';

/** A link to a posting or course that opens in a new tab, or plain text when the address is not a web address. */
export function SafeLink(p: { href: string; httpsOnly?: boolean; class?: string; children: ComponentChildren }) {
  const href = safeWebUrl(p.href, p.httpsOnly);
  if (!href) return <span class={p.class}>{p.children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" class={p.class}>
      {p.children}
    </a>
  );
}
