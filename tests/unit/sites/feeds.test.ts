// Public board feeds, declared by their adapters: which page has one, and each job read on its own.
import { describe, expect, it } from 'vitest';
import { stableId } from '../../../lib/sites/index';
import { boardOfPage, feeds, readFeed } from '../../../lib/sites/feeds';
import { readHtml } from '../../../scripts/read-html';
import { loadFixtures } from './helpers';

const board = (href: string) => {
  const b = boardOfPage(new URL(href));
  return b && { site: b.site, board: b.board, url: b.url };
};

describe('boardOfPage', () => {
  it("finds the board of a page by its adapter's URL patterns, and the adapter's feed URL for it", () => {
    expect(board('https://boards.greenhouse.io/acmerobotics')).toEqual({
      site: 'greenhouse',
      board: 'acmerobotics',
      url: 'https://boards-api.greenhouse.io/v1/boards/acmerobotics/jobs?content=true',
    });
    expect(boardOfPage(new URL('https://boards.greenhouse.io/acmerobotics'))?.feed).toBe(feeds.greenhouse);
    expect(board('https://job-boards.greenhouse.io/acmerobotics/jobs/4012345')?.board).toBe('acmerobotics');
    expect(board('https://boards.greenhouse.io/embed/job_board?for=acme')?.board).toBe('acme');
    expect(board('https://jobs.lever.co/northwind')).toEqual({
      site: 'lever',
      board: 'northwind',
      url: 'https://api.lever.co/v0/postings/northwind?mode=json',
    });
    expect(board('https://jobs.eu.lever.co/northwind')?.url).toBe(
      'https://api.eu.lever.co/v0/postings/northwind?mode=json',
    );
    expect(board('https://jobs.ashbyhq.com/lumenlabs')).toEqual({
      site: 'ashby',
      board: 'lumenlabs',
      url: 'https://api.ashbyhq.com/posting-api/job-board/lumenlabs',
    });
  });

  it('returns null off those boards or without a board name', () => {
    expect(board('https://www.linkedin.com/jobs/view/1/')).toBeNull();
    expect(board('https://careers.example.com/jobs')).toBeNull();
    expect(board('https://jobs.lever.co/')).toBeNull();
    expect(board('https://evil.example/boards.greenhouse.io/acme')).toBeNull();
    expect(board('https://boards.greenhouse.io/%2e%2e')).toBeNull();
    expect(board('https://boards.greenhouse.io/%E0%A4%A')).toBeNull();
    expect(board('https://boards.greenhouse.io/embed/job_board?for=../x')).toBeNull();
    expect(board('https://boards.greenhouse.io/assets/app.js')).toBeNull();
  });
});

const greenhouseJson = {
  jobs: [
    {
      id: 4012345,
      title: 'Robotics Software Engineer',
      absolute_url: 'https://boards.greenhouse.io/acmerobotics/jobs/4012345',
      location: { name: 'Pittsburgh, PA' },
      content:
        '&lt;p&gt;Write &lt;strong&gt;C++&lt;/strong&gt; &amp;amp; Python.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ROS 2&lt;/li&gt;&lt;/ul&gt;',
      updated_at: '2026-11-01T10:00:00-04:00',
      company_name: 'Acme Robotics',
    },
    {
      id: 4012377,
      title: 'Embedded Firmware Engineer',
      absolute_url: 'https://boards.greenhouse.io/acmerobotics/jobs/4012377',
      location: { name: 'Remote - US' },
      content: '',
      updated_at: '2026-11-02T10:00:00-04:00',
    },
  ],
  meta: { total: 2 },
};

const leverJson = [
  {
    id: '5f3c2a1e-8b7d-4c6e-9a0f-1e2d3c4b5a69',
    text: 'Registered Nurse, Telehealth',
    hostedUrl: 'https://jobs.lever.co/northwind/5f3c2a1e-8b7d-4c6e-9a0f-1e2d3c4b5a69',
    applyUrl: 'https://jobs.lever.co/northwind/5f3c2a1e-8b7d-4c6e-9a0f-1e2d3c4b5a69/apply',
    categories: { location: 'Denver, CO', commitment: 'Part-time', team: 'Clinical' },
    createdAt: 1764000000000,
    descriptionPlain: 'Triage patients by video.\n',
    description: '<div>Triage patients by video.</div>',
    lists: [{ text: "What you'll bring", content: '<li>Active RN license</li><li>BLS certification</li>' }],
    additionalPlain: 'Benefits included.',
    workplaceType: 'remote',
  },
  {
    id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    text: 'Medical Receptionist',
    hostedUrl: 'https://jobs.lever.co/northwind/7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    categories: { location: 'Boulder, CO', commitment: 'Full-time' },
    descriptionPlain: 'Greet patients and schedule visits.',
  },
];

const ashbyJson = {
  apiVersion: '1',
  jobs: [
    {
      id: '3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
      title: 'Product Designer',
      location: 'New York',
      isRemote: true,
      isListed: true,
      descriptionHtml: '<p>Design in <b>Figma</b>.</p>',
      publishedAt: '2026-09-15T12:00:00.000+00:00',
      employmentType: 'FullTime',
      jobUrl: 'https://jobs.ashbyhq.com/lumenlabs/3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    },
    {
      title: 'Hidden',
      isListed: false,
      jobUrl: 'https://jobs.ashbyhq.com/lumenlabs/0d1c2b3a-4f5e-4d6c-9b8a-7f6e5d4c3b2a',
    },
    {
      title: 'Support Specialist',
      location: 'Remote',
      descriptionPlain: 'Answer customer emails.',
      jobUrl: 'https://jobs.ashbyhq.com/lumenlabs/5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
    },
  ],
};

describe('readFeed', () => {
  it('reads a Greenhouse board (escaped HTML content → text)', () => {
    const { postings: ps, skipped } = readFeed(feeds.greenhouse!, greenhouseJson);
    expect(skipped).toEqual([]);
    expect(ps).toHaveLength(2);
    expect(ps[0]).toEqual({
      site: 'greenhouse',
      jobId: '4012345',
      url: 'https://boards.greenhouse.io/acmerobotics/jobs/4012345',
      title: 'Robotics Software Engineer',
      company: 'Acme Robotics',
      location: 'Pittsburgh, PA',
      description: 'Write C++ & Python.\nROS 2',
      datePosted: '2026-11-01T10:00:00-04:00',
      employmentType: null,
    });
  });

  it('gives feed postings the same stable id as the page reading of that job', () => {
    const fromFeed = readFeed(feeds.greenhouse!, greenhouseJson).postings[0]!;
    const fx = loadFixtures().find((f) => f.site === 'greenhouse' && f.name === 'posting-classic')!;
    const page = readHtml(fx.html, fx.url);
    expect(page.kind === 'posting' && stableId(page.posting)).toBe(stableId(fromFeed));
  });

  it('reads a Lever board (lists and commitment)', () => {
    expect(readFeed(feeds.lever!, leverJson)).toEqual({
      postings: [
        {
          site: 'lever',
          jobId: '5f3c2a1e-8b7d-4c6e-9a0f-1e2d3c4b5a69',
          url: 'https://jobs.lever.co/northwind/5f3c2a1e-8b7d-4c6e-9a0f-1e2d3c4b5a69',
          title: 'Registered Nurse, Telehealth',
          company: null,
          location: 'Denver, CO; Remote',
          description:
            "Triage patients by video.\nWhat you'll bring\nActive RN license\nBLS certification\nBenefits included.",
          datePosted: new Date(1764000000000).toISOString(),
          employmentType: 'Part-time',
        },
        {
          site: 'lever',
          jobId: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          url: 'https://jobs.lever.co/northwind/7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          title: 'Medical Receptionist',
          company: null,
          location: 'Boulder, CO',
          description: 'Greet patients and schedule visits.',
          datePosted: null,
          employmentType: 'Full-time',
        },
      ],
      skipped: [],
    });
  });

  it('reads an Ashby board and leaves unlisted jobs out silently', () => {
    expect(readFeed(feeds.ashby!, ashbyJson)).toEqual({
      postings: [
        {
          site: 'ashby',
          jobId: '3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
          url: 'https://jobs.ashbyhq.com/lumenlabs/3c9d2e1f-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
          title: 'Product Designer',
          company: null,
          location: 'New York; Remote',
          description: 'Design in Figma.',
          datePosted: '2026-09-15T12:00:00.000+00:00',
          employmentType: 'Full-time',
        },
        {
          site: 'ashby',
          // No id in the feed: the one in its URL.
          jobId: '5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
          url: 'https://jobs.ashbyhq.com/lumenlabs/5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b',
          title: 'Support Specialist',
          company: null,
          location: 'Remote',
          description: 'Answer customer emails.',
          datePosted: null,
          employmentType: null,
        },
      ],
      skipped: [],
    });
  });

  it('throws for a response without a job list (the background keeps what it had cached)', () => {
    for (const [site, bad] of [
      ['greenhouse', { jobs: 'nope' }],
      ['greenhouse', 'not json at all'],
      ['greenhouse', []],
      ['lever', { error: 'Document not found' }],
      ['ashby', null],
      ['ashby', { jobs: { 0: {} } }],
    ] as const)
      expect(() => readFeed(feeds[site]!, bad), `${site}: ${JSON.stringify(bad)}`).toThrow(/job list/);
  });

  // One malformed job in a board of many used to make the whole board read as empty.
  describe('one bad job never empties a board', () => {
    const cases = [
      [
        'greenhouse',
        { ...greenhouseJson, jobs: [{ ...greenhouseJson.jobs[0]!, title: null }, greenhouseJson.jobs[1]!] },
      ],
      ['lever', [{ ...leverJson[0]!, text: null }, leverJson[1]!]],
      ['ashby', { ...ashbyJson, jobs: [{ ...ashbyJson.jobs[0]!, title: null }, ...ashbyJson.jobs.slice(1)] }],
    ] as const;
    for (const [site, json] of cases)
      it(`${site}: a job with a null title is left out and reported, the others kept`, () => {
        const whole = readFeed(
          feeds[site]!,
          site === 'lever' ? leverJson : site === 'ashby' ? ashbyJson : greenhouseJson,
        );
        const { postings, skipped } = readFeed(feeds[site]!, json);
        expect(postings).toEqual(whole.postings.slice(1));
        expect(skipped.map((s) => s.index)).toEqual([0]);
        expect(String(skipped[0]!.error)).toMatch(/title|text/);
      });
  });

  it('leaves out a job whose posting fails validation (an unsafe URL) or whose mapping throws', () => {
    const greenhouse = readFeed(feeds.greenhouse!, {
      jobs: [{ ...greenhouseJson.jobs[0]!, absolute_url: 'javascript:alert(1)x' }, greenhouseJson.jobs[1]!],
    });
    expect(greenhouse.postings.map((p) => p.jobId)).toEqual(['4012377']);
    expect(greenhouse.skipped.map((s) => s.index)).toEqual([0]);
    // A createdAt out of Date's range: toISOString() throws for this job only.
    const lever = readFeed(feeds.lever!, [leverJson[0]!, { ...leverJson[1]!, createdAt: 1e20 }]);
    expect(lever.postings.map((p) => p.title)).toEqual(['Registered Nurse, Telehealth']);
    expect(lever.skipped.map((s) => s.index)).toEqual([1]);
    // A job that is not even an object.
    const ashby = readFeed(feeds.ashby!, { jobs: [null, 'x', ashbyJson.jobs[0]!] });
    expect(ashby.postings.map((p) => p.title)).toEqual(['Product Designer']);
    expect(ashby.skipped.map((s) => s.index)).toEqual([0, 1]);
  });
});
