/**
 * WebExtension match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
 * the subset the manifest accepts: `<all_urls>`, scheme `*`|http|https, host `*`, `*.domain` or
 * exact, and a path glob that is matched against path + query.
 */

const cache = new Map<string, ((url: URL) => boolean) | null>();

function escapeGlob(glob: string): string {
  return glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
}

/** Compiles a pattern; null when it is not a valid match pattern. */
export function compilePattern(pattern: string): ((url: URL) => boolean) | null {
  if (cache.has(pattern)) return cache.get(pattern)!;
  let fn: ((url: URL) => boolean) | null = null;
  if (pattern === '<all_urls>') {
    fn = (u) => u.protocol === 'http:' || u.protocol === 'https:';
  } else {
    const m = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/.exec(pattern);
    if (m) {
      const [, scheme, host, path] = m as unknown as [string, string, string, string];
      const pathRe = new RegExp(`^${escapeGlob(path)}$`);
      fn = (u) => {
        const proto = u.protocol.slice(0, -1);
        if (scheme === '*' ? proto !== 'http' && proto !== 'https' : proto !== scheme) return false;
        const h = u.hostname.toLowerCase();
        if (host !== '*') {
          if (host.startsWith('*.')) {
            const base = host.slice(2).toLowerCase();
            if (h !== base && !h.endsWith('.' + base)) return false;
          } else if (h !== host.toLowerCase()) return false;
        }
        return pathRe.test(u.pathname + u.search);
      };
    }
  }
  cache.set(pattern, fn);
  return fn;
}

/** True when `url` matches any of the patterns (invalid patterns match nothing). */
export function matchesAny(patterns: readonly string[], url: URL): boolean {
  return patterns.some((p) => compilePattern(p)?.(url) ?? false);
}
