// Least privilege, as the manifest states it (the built manifest is checked in the browser tests too).
import { describe, expect, it } from 'vitest';
import { builtManifest } from '../manifest';
import { contentScriptMatches } from '@/lib/sites';

describe('manifest', () => {
  const chrome = builtManifest('chrome');

  it('asks only for what is used: no extension storage, no host but the feed APIs', () => {
    expect(chrome.permissions).toEqual(['activeTab', 'scripting', 'contextMenus', 'unlimitedStorage', 'alarms']);
    // Notifications only when the user sets a follow-up reminder, and nothing else optional.
    expect(chrome.optional_permissions).toEqual(['notifications']);
    for (const h of chrome.host_permissions ?? []) expect(h).toMatch(/^https:\/\/[a-z.-]+\/\*$/);
  });

  it('runs content scripts on https job pages only: a page sent in clear text gets nothing', () => {
    const matches = contentScriptMatches;
    expect(matches.length).toBeGreaterThan(10);
    for (const m of matches) expect(m).toMatch(/^https:\/\/[a-z*][a-z.*-]*\/.*$/);
  });

  it('lets extension pages load only their own code and reach only the feed hosts', () => {
    const csp = chrome.content_security_policy?.extension_pages ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `));
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    const connect = directive('connect-src')!.split(' ').slice(1);
    expect(connect).toEqual(["'self'", ...(chrome.host_permissions ?? []).map((h) => h.replace(/\/\*$/, ''))]);
  });

  it('stays out of private windows and states the oldest Chrome it runs on', () => {
    expect(chrome.incognito).toBe('not_allowed');
    expect(Number(chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(116);
    expect(builtManifest('firefox').minimum_chrome_version).toBeUndefined();
  });
});
