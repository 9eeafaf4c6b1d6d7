// Addresses that could run code or show a fake page never get stored, linked or opened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeWebUrl } from '@/lib/safe-url';
import { parseBackup, exportBackup } from '@/lib/backup';
import { pageClient, testContext } from '../background/context';

const HOSTILE = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<form action=https://evil.example><input type=password></form>',
  'file:///etc/passwd',
  'chrome://settings',
  'chrome-extension://abc/popup.html',
  'vbscript:msgbox(1)',
  'blob:https://evil.example/1',
  'ftp://files.example.org/x',
  ' javascript:alert(1)',
  'not a url',
];

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.dispose());

describe('addresses', () => {
  it('are opened or linked only when they are web addresses', () => {
    for (const url of HOSTILE) expect(safeWebUrl(url), url).toBeNull();
    expect(safeWebUrl('http://jobs.example.org/1')).toBe('http://jobs.example.org/1');
    expect(safeWebUrl('http://learn.example.org/1', true)).toBeNull();
    expect(safeWebUrl('https://learn.example.org/1', true)).toBe('https://learn.example.org/1');
  });

  it('are refused when a course is started or a posting saved', async () => {
    const send = pageClient(ctx);
    for (const url of [...HOSTILE, 'http://insecure.example.org/course']) {
      const course = { id: 'c', title: 'C', provider: 'P', url, skills: ['sql'], minutes: null };
      await expect(send('learning.start', { course }), url).rejects.toThrow();
    }
    for (const url of HOSTILE) {
      const posting = {
        site: 'generic',
        jobId: null,
        url,
        title: 'Job',
        company: null,
        location: null,
        description: 'SQL',
        datePosted: null,
        employmentType: null,
      };
      await expect(send('posting.save', { posting }), url).rejects.toThrow();
    }
    expect(await ctx.db.learning.count()).toBe(0);
    expect(await ctx.db.postings.count()).toBe(0);
  });

  it('are refused in an imported backup, whatever record carries them', async () => {
    const good = await exportBackup(ctx.db, 1);
    const credential = { id: 'cred:c', courseId: 'c', title: 'T', provider: 'P', skills: [], earnedAt: 1 };
    const course = { id: 'c', title: 'T', provider: 'P', skills: ['sql'], minutes: null };
    for (const url of HOSTILE) {
      const files = [
        { ...good, credentials: [{ ...credential, url }] },
        {
          ...good,
          learning: [{ courseId: 'c', course: { ...course, url }, status: 'started', startedAt: 1, completedAt: null }],
        },
      ];
      for (const f of files) expect(parseBackup(JSON.stringify(f)).ok, url).toBe(false);
    }
  });
});
