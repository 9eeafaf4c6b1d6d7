// `npm run bench:page`: what SkillFit costs a job page, measured in real headless Chromium on a
// production build that also marks each drawn badge with `data-skillfit` and records its work as
// User Timing measures (lib/bench-marks.ts; a user's build does neither: a page must not see when or
// how a badge was drawn), which it makes itself in .output/bench-chrome-mv3, or on the build named
// by SKILLFIT_EXTENSION_DIR (made before with VITE_SKILLFIT_MARKS=1, e.g. of another commit, to
// compare two builds run by run). Prints, for a 100-card LinkedIn-style list:
// - time from the cards being in the DOM to the last badge drawn (page load, and cards added later);
// - from a DevTools trace of the page, between those two moments: (a) the longest task of the page's
//   main thread, (b) the longest task with SkillFit's work in it (any style or layout that work
//   forces runs inside it), with how much of it is SkillFit's own, and what each spent its time on;
//   (b') the longest task that is mostly SkillFit's own work (a task of the page's own in which a
//   listener of ours runs counts in (b), not here);
// - (c) for comparison, the longest task of the same page in a browser without the extension, from
//   the cards being in the DOM to the page's load event and two frames after it;
// - where the time goes: each measured piece of SkillFit's work (the page's and the background's),
//   when it starts after the cards are in the DOM, how long it takes, and the task it ran in;
// - what injecting the content script costs at document_start (before the cards are in the DOM);
// - the built content script's size, raw and gzip.
// SKILLFIT_BENCH_RUNS (default 5) sets the runs; SKILLFIT_BENCH_TRACES=dir keeps the traces.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

// SKILLFIT_EXTENSION_DIR names a benchmark build made before (e.g. of another commit, to compare
// two builds run by run); without it the benchmark builds the working tree.
if (!process.env.SKILLFIT_EXTENSION_DIR) {
  const built = spawnSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, VITE_SKILLFIT_MARKS: '1', SKILLFIT_OUT_DIR: 'bench-chrome-mv3' },
  });
  if (built.status !== 0) {
    console.error('The benchmark build failed.');
    process.exit(2);
  }
  process.env.SKILLFIT_EXTENSION_DIR = resolve('.output/bench-chrome-mv3');
}
// The harness reads SKILLFIT_EXTENSION_DIR when it loads, so it is imported after it is set.
const { EXTENSION_DIR, extensionPage, launch, sendMessage } = await import('../tests/e2e/harness');
const { linkedinCards, linkedinSearchPage } = await import('../tests/e2e/pages');

const RUNS = Number(process.env.SKILLFIT_BENCH_RUNS ?? 5);
/** SKILLFIT_BENCH_TRACES=dir keeps every trace there, to open in DevTools' Performance panel. */
const TRACES = process.env.SKILLFIT_BENCH_TRACES;
if (TRACES) mkdirSync(TRACES, { recursive: true });
let tracedCount = 0;
const CARDS = 100;

if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
  console.error(`No build in ${EXTENSION_DIR}.`);
  process.exit(2);
}

/** In the page: the time (performance.now) at which `count` badges carry a drawn score. */
const WATCH_BADGES = `
  window.__badgesDone = new Promise((resolve) => {
    const check = () => {
      const drawn = document.querySelectorAll('skillfit-badge[data-skillfit]').length;
      if (drawn >= window.__expect) { performance.mark('skillfit-badges-drawn'); resolve(performance.now()); return true; }
      return false;
    };
    new MutationObserver(() => check()).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-skillfit'] });
  });`;

function pageWithTiming(count: number): string {
  // Marks the moment the last card is parsed (right after the list: each card holds a list of its
  // own, so the first `</ul></div>` is inside the first card), then waits for the badges.
  const page = linkedinSearchPage(count, 0);
  const listEnd = page.indexOf('</ul></div>', page.indexOf('id="list"'));
  const end = page.lastIndexOf('</ul></div>', page.indexOf('<script>'));
  if (end < listEnd) throw new Error('bench page: the end of the card list was not found');
  const at = end + '</ul></div>'.length;
  const mark = `<script>if (document.querySelectorAll('#list > li').length !== ${count}) throw new Error('bench page: the mark is not after the last card');
window.__expect = ${count}; window.__cardsAt = performance.now(); performance.mark('skillfit-cards-in-dom'); ${WATCH_BADGES}</script>`;
  return page.slice(0, at) + mark + page.slice(at);
}

function emptyListPage(): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Jobs | LinkedIn</title></head><body>
<div class="scaffold-layout__list"><ul class="scaffold-layout__list-container" id="list"></ul></div>
<script>window.__expect = ${CARDS}; ${WATCH_BADGES}
window.__addCards = (html) => { window.__cardsAt = performance.now(); performance.mark('skillfit-cards-in-dom'); document.getElementById('list').insertAdjacentHTML('beforeend', html); };
</script></body></html>`;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: { name?: string };
}

/** One piece of SkillFit's work (a `skillfit:` measure of lib/bench-marks.ts), in ms from the cards being in the DOM. */
interface Phase {
  name: string;
  at: number;
  ms: number;
  /** The page main-thread task it ran in (none for the background's measures). */
  task: number | null;
}

/** What one trace tells: the longest task of the page's main thread, the longest with SkillFit's work in it, and the phases. */
interface TraceFigures {
  longest: number;
  longestParts: string;
  ours: number | null;
  oursParts: string;
  /** How much of that task SkillFit's own measures cover. */
  oursOwn: number;
  /**
   * The longest task that is mostly SkillFit's (its measures cover at least half of it): the tasks
   * SkillFit adds to the page, as opposed to the page's own tasks in which a listener of ours runs.
   */
  mostlyOurs: number | null;
  phases: Phase[];
  /**
   * The content script's injection at document_start, before the cards are in the DOM (so outside
   * every figure above): the whole evaluation, and V8's compiling in it. Null when the trace does
   * not hold it (the cards-added runs start after it).
   */
  startup: { evaluate: number; compile: number } | null;
}

/** What a task spent its time on: its top-level trace events (and the script each one ran), longest first. */
function taskParts(task: TraceEvent, events: TraceEvent[]): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = events.filter(
    (e) =>
      e !== task &&
      e.ph === 'X' &&
      e.pid === task.pid &&
      e.tid === task.tid &&
      e.ts >= task.ts &&
      e.ts + (e.dur ?? 0) <= end,
  );
  // Only events not nested in another one inside the task, so that nothing counts twice.
  const top = inside.filter(
    (e) =>
      !inside.some(
        (o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0),
      ),
  );
  const byName = new Map<string, number>();
  for (const e of top) {
    const data = (e.args as { data?: { url?: string; type?: string } } | undefined)?.data;
    const what = data?.url ? ` ${data.url.split('/').pop()}` : data?.type ? ` ${data.type}` : '';
    byName.set(`${e.name}${what}`, (byName.get(`${e.name}${what}`) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...byName]
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
    .join(', ');
}

/** The `skillfit:` measures of a trace (begin and end events paired), on any thread. */
function measures(events: TraceEvent[]): { name: string; begin: TraceEvent; end: number }[] {
  const open = new Map<string, TraceEvent>();
  const out: { name: string; begin: TraceEvent; end: number }[] = [];
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (!e.name.startsWith('skillfit:') || (e.ph !== 'b' && e.ph !== 'e')) continue;
    const key = `${e.pid}:${e.name}:${e.id2?.local ?? e.id2?.global ?? e.id ?? ''}`;
    if (e.ph === 'b') open.set(key, e);
    else {
      const begin = open.get(key);
      open.delete(key);
      if (begin) out.push({ name: e.name.slice('skillfit:'.length), begin, end: e.ts });
    }
  }
  return out;
}

/**
 * The figures of one trace, between the page's two marks (cards in the DOM → badges drawn, or the
 * page settled): tasks of the page's own main thread (the one that made the marks), in ms. A task
 * "with SkillFit's work" holds one of the content script's measures; any style or layout our DOM
 * writes force in it counts, as they run inside it.
 */
function traceFigures(events: TraceEvent[], endMark: string): TraceFigures {
  const cards = events.find((e) => e.name === 'skillfit-cards-in-dom');
  const to = events.find((e) => e.name === endMark)?.ts;
  if (cards === undefined || to === undefined) throw new Error('The page marks are missing from the trace');
  const from = cards.ts;
  const onMain = (e: TraceEvent) => e.pid === cards.pid && e.tid === cards.tid;
  const all = events.filter(
    (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && onMain(e) && e.dur,
  );
  // Outermost tasks only (a RunTask may nest another).
  const outer = all.filter(
    (t) => !all.some((o) => o !== t && o.ts <= t.ts && o.ts + o.dur! >= t.ts + t.dur! && o.dur! > t.dur!),
  );
  const inWindow = outer.filter((t) => t.ts + t.dur! >= from && t.ts <= to);
  const taskAt = (ts: number) => outer.find((t) => t.ts <= ts && ts <= t.ts + t.dur!);
  const ms = (t: TraceEvent | undefined) => (t ? t.dur! / 1000 : 0);
  const longestOf = (ts: TraceEvent[]) =>
    ts.reduce<TraceEvent | undefined>((a, t) => (ms(t) > ms(a) ? t : a), undefined);
  const phases = measures(events).map(({ name, begin, end }): Phase => {
    const task = onMain(begin) ? taskAt(begin.ts) : undefined;
    return { name, at: (begin.ts - from) / 1000, ms: (end - begin.ts) / 1000, task: task ? ms(task) : null };
  });
  const ourMeasures = measures(events).filter((m) => onMain(m.begin) && m.end >= from && m.begin.ts <= to);
  const oursTasks = ourMeasures.map((m) => taskAt(m.begin.ts)).filter((t): t is TraceEvent => t !== undefined);
  const longest = longestOf(inWindow);
  const ours = longestOf(oursTasks);
  const ownIn = (task: TraceEvent | undefined) =>
    ourMeasures
      .filter((m) => task && taskAt(m.begin.ts) === task)
      .reduce((sum, m) => sum + (m.end - m.begin.ts) / 1000, 0);
  const oursOwn = ownIn(ours);
  const mostlyOurs = longestOf(oursTasks.filter((t) => ownIn(t) * 2 >= ms(t)));
  const injected = (name: string) =>
    events.find(
      (e) =>
        e.name === name &&
        e.ph === 'X' &&
        onMain(e) &&
        (e.args as { data?: { url?: string } } | undefined)?.data?.url?.endsWith('/content-scripts/jobs.js'),
    );
  const evaluate = injected('EvaluateScript');
  return {
    longest: ms(longest),
    longestParts: longest ? taskParts(longest, events) : '',
    ours: phases.length ? ms(ours) : null,
    oursParts: ours ? taskParts(ours, events) : '',
    oursOwn,
    mostlyOurs: phases.length ? ms(mostlyOurs) : null,
    phases: phases.filter((p) => p.at >= -1000),
    startup: evaluate ? { evaluate: ms(evaluate), compile: ms(injected('v8.compile')) } : null,
  };
}

/** Records a DevTools trace while `run` runs, and reads its figures. */
async function traced(page: Page, run: () => Promise<void>, endMark = 'skillfit-badges-drawn'): Promise<TraceFigures> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: ['toplevel,devtools.timeline,blink.user_timing,__metadata', process.env.SKILLFIT_BENCH_CATEGORIES]
      .filter(Boolean)
      .join(','),
    transferMode: 'ReportEvents',
  } as never);
  await run();
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  if (TRACES) writeFileSync(`${TRACES}/${endMark}-${++tracedCount}.json`, JSON.stringify({ traceEvents: events }));
  return traceFigures(events, endMark);
}

/**
 * The same page-load run in a browser without the extension: the longest main-thread task from the
 * cards being in the DOM to two frames after the page's load event (the page's own parsing, style
 * and layout), so the figure above can be read against what the page costs by itself.
 */
async function withoutExtension(): Promise<TraceFigures[]> {
  const { chromium } = await import('@playwright/test');
  const { findChromium } = await import('./find-chromium.mjs');
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    const settled = `<script>addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => { performance.mark('page-settled'); window.__settled = true; })));</script>`;
    await context.route(/^https?:\/\//, (route) =>
      route.request().url().startsWith('https://www.linkedin.com/jobs/search/')
        ? route.fulfill({
            contentType: 'text/html',
            body: pageWithTiming(CARDS).replace('</body>', `${settled}</body>`),
          })
        : route.abort('blockedbyclient'),
    );
    const out: TraceFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      out.push(
        await traced(
          page,
          async () => {
            await page.goto(`https://www.linkedin.com/jobs/search/?keywords=plain${i}`);
            await page.waitForFunction(() => (window as unknown as { __settled?: boolean }).__settled === true);
          },
          'page-settled',
        ),
      );
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Each phase's median start, length and task over the runs (the first of its name in each run), in order. */
function phaseMedians(figures: TraceFigures[]): string {
  const byName = new Map<string, Phase[]>();
  for (const f of figures) {
    const seen = new Set<string>();
    for (const p of f.phases) {
      if (seen.has(p.name) || p.at < 0) continue;
      seen.add(p.name);
      byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
    }
  }
  return [...byName]
    .map(([name, ps]) => ({ name, at: median(ps.map((p) => p.at)), ms: median(ps.map((p) => p.ms)), ps }))
    .sort((a, b) => a.at - b.at)
    .map(({ name, at, ms, ps }) => {
      const tasks = ps.flatMap((p) => (p.task === null ? [] : [p.task]));
      return `${name} ${at.toFixed(0)} +${ms.toFixed(1)}${tasks.length ? ` [${median(tasks).toFixed(1)}]` : ''}`;
    })
    .join('; ');
}

async function main() {
  const h = await launch();
  try {
    const dash = await extensionPage(h);
    for (const [skillId, level] of Object.entries({ python: 4, sql: 3, 'microsoft-excel': 3, 'customer-service': 3 })) {
      await sendMessage(dash, 'profile.set', { skillId, level, source: 'self' });
    }
    const loadTimes: number[] = [];
    const addTimes: number[] = [];
    const load: TraceFigures[] = [];
    const add: TraceFigures[] = [];
    for (let i = 0; i < RUNS; i++) {
      const url = `https://www.linkedin.com/jobs/search/?keywords=bench${i}`;
      h.serve(url, pageWithTiming(CARDS));
      const page = await h.context.newPage();
      let t = 0;
      load.push(
        await traced(page, async () => {
          await page.goto(url);
          t = await page.evaluate(async () => {
            const w = window as unknown as { __badgesDone: Promise<number>; __cardsAt: number };
            return (await w.__badgesDone) - w.__cardsAt;
          });
        }),
      );
      if (!Number.isFinite(t)) throw new Error('bench page: no page-load time (the page script failed)');
      loadTimes.push(t);

      const later = `https://www.linkedin.com/jobs/search/?keywords=later${i}`;
      h.serve(later, emptyListPage());
      await page.goto(later);
      await page.waitForTimeout(300);
      const html = linkedinCards(1000 + i * CARDS, CARDS);
      let added = 0;
      add.push(
        await traced(page, async () => {
          added = await page.evaluate(async (cards) => {
            const w = window as unknown as {
              __badgesDone: Promise<number>;
              __cardsAt: number;
              __addCards(h: string): void;
            };
            w.__addCards(cards);
            return (await w.__badgesDone) - w.__cardsAt;
          }, html);
        }),
      );
      addTimes.push(added);
      await page.close();
    }
    // SKILLFIT_BENCH_ALONE=0 leaves out the page-alone runs (when comparing two builds side by side).
    const plain = process.env.SKILLFIT_BENCH_ALONE === '0' ? [] : await withoutExtension();
    const js = readFileSync(`${EXTENSION_DIR}/content-scripts/jobs.js`);
    const runs = (xs: number[], digits = 0) => xs.map((x) => x.toFixed(digits)).join(', ');
    console.log(
      `SkillFit page benchmark: ${CARDS}-card list, ${RUNS} runs each, headless Chromium (${new Date().toISOString().slice(0, 10)}), build ${EXTENSION_DIR}`,
    );
    console.log(
      `cards in DOM at page load -> last badge drawn: median ${median(loadTimes).toFixed(0)} ms (runs: ${runs(loadTimes)}) [target < 150 ms]`,
    );
    console.log(
      `cards added to a loaded page -> last badge drawn: median ${median(addTimes).toFixed(0)} ms (runs: ${runs(addTimes)}) [target < 150 ms]`,
    );
    const both = [...load, ...add];
    const worst = (key: 'longest' | 'ours') => both.reduce((a, f) => ((f[key] ?? 0) > (a[key] ?? 0) ? f : a), both[0]!);
    const longest = both.map((f) => f.longest);
    console.log(
      `(a) longest task on the page's main thread while badging: ${Math.max(...longest).toFixed(1)} ms (median per run ${median(longest).toFixed(1)} ms; page load: ${runs(
        load.map((f) => f.longest),
        1,
      )}; cards added: ${runs(
        add.map((f) => f.longest),
        1,
      )})`,
    );
    console.log(`    the longest, in ms: ${worst('longest').longestParts || 'no breakdown in the trace'}`);
    const ours = both.flatMap((f) => (f.ours === null ? [] : [f.ours]));
    console.log(
      ours.length
        ? `(b) longest task with SkillFit's work in it: ${Math.max(...ours).toFixed(1)} ms (median per run ${median(ours).toFixed(1)} ms) [target <= 50 ms]; SkillFit's own measured work in it ${worst('ours').oursOwn.toFixed(1)} ms\n    the longest, in ms: ${worst('ours').oursParts}`
        : `(b) longest task with SkillFit's work in it: this build records no measures (lib/bench-marks.ts)`,
    );
    const mostly = both.flatMap((f) => (f.mostlyOurs === null ? [] : [f.mostlyOurs]));
    if (mostly.length)
      console.log(
        `(b') longest task that is mostly SkillFit's own work (its measures cover half of it or more): ${Math.max(...mostly).toFixed(1)} ms (median per run ${median(mostly).toFixed(1)} ms; page load: ${runs(
          load.map((f) => f.mostlyOurs ?? 0),
          1,
        )}; cards added: ${runs(
          add.map((f) => f.mostlyOurs ?? 0),
          1,
        )}) [target <= 50 ms]`,
      );
    if (plain.length)
      console.log(
        `(c) the same page load without the extension, longest task: ${Math.max(...plain.map((f) => f.longest)).toFixed(1)} ms (runs: ${runs(
          plain.map((f) => f.longest),
          1,
        )})`,
      );
    const startups = load.flatMap((f) => (f.startup ? [f.startup] : []));
    if (startups.length)
      console.log(
        `content script start-up at document_start, before the page is parsed (not in the figures above): median ${median(startups.map((s) => s.evaluate)).toFixed(1)} ms (runs: ${runs(
          startups.map((s) => s.evaluate),
          1,
        )}), of which V8 compiling median ${median(startups.map((s) => s.compile)).toFixed(1)} ms`,
      );
    for (const [label, figures] of [
      ['page load', load],
      ['cards added', add],
    ] as const) {
      const phases = phaseMedians(figures);
      if (phases)
        console.log(
          `where the time goes, ${label} (median ms after the cards are in the DOM: start +length [its task]): ${phases}`,
        );
    }
    console.log(
      `content script: ${(js.length / 1024).toFixed(1)} KB raw, ${(gzipSync(js).length / 1024).toFixed(1)} KB gzip [target < 40 KB]`,
    );
  } finally {
    await h.close();
  }
}

void main();
