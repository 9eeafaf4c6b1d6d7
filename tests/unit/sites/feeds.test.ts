// Public board feeds: URL builders and Zod-validated parsers; bad input gives [] and an error.
import { describe, expect, it } from 'vitest';
import { feedFor, parseFeed, stableId } from '../../../lib/sites/index';
import { readHtml } from '../../../scripts/read-html';
import { loadFixtures } from './helpers';

describe('feedFor', () => {
  it('builds the public feed URL of a board page', () => {
    expect(feedFor(new URL('https://boards.greenhouse.io/acmerobotics'))).toEqual({
      board: 'acmerobotics',
      site: 'greenhouse',
      feedUrl: 'https://boards-api.greenhouse.io/v1/boards/acmerobotics/jobs?content=true',
    });
    expect(feedFor(new URL('https://job-boards.greenhouse.io/acmerobotics/jobs/4012345'))?.board).toBe('acmerobotics');
    expect(feedFor(new URL('https://boards.greenhouse.io/embed/job_board?for=acme'))?.board).toBe('acme');
    expect(feedFor(new URL('https://jobs.lever.co/northwind'))).toEqual({
      board: 'northwind',
      site: 'lever',
      feedUrl: 'https://api.lever.co/v0/postings/northwind?mode=json',
    });
    expect(feedFor(new URL('https://jobs.eu.lever.co/northwind'))?.feedUrl).toBe(
      'https://api.eu.lever.co/v0/postings/northwind?mode=json',
    );
    expect(feedFor(new URL('https://jobs.ashbyhq.com/lumenlabs'))).toEqual({
      board: 'lumenlabs',
      site: 'ashby',
      feedUrl: 'https://api.ashbyhq.com/posting-api/job-board/lumenlabs',
    });
  });

  it('returns null off those boards or without a board name', () => {
    expect(feedFor(new URL('https://www.linkedin.com/jobs/view/1/'))).toBeNull();
    expect(feedFor(new URL('https://jobs.lever.co/'))).toBeNull();
    expect(feedFor(new URL('https://evil.example/boards.greenhouse.io/acme'))).toBeNull();
    expect(feedFor(new URL('https://boards.greenhouse.io/%2e%2e'))).toBeNull();
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

describe('parseFeed', () => {
  it('reads a Greenhouse board (escaped HTML content → text)', () => {
    const ps = parseFeed('greenhouse', greenhouseJson, 'https://boards.greenhouse.io/acmerobotics');
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
    const fromFeed = parseFeed('greenhouse', greenhouseJson, 'https://boards.greenhouse.io/acmerobotics')[0]!;
    const fx = loadFixtures().find((f) => f.site === 'greenhouse' && f.name === 'posting-classic')!;
    const page = readHtml(fx.html, fx.url);
    expect(page.kind === 'posting' && stableId(page.posting)).toBe(stableId(fromFeed));
  });

  it('reads a Lever board (lists and commitment)', () => {
    const json = [
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
    ];
    expect(parseFeed('lever', json, 'https://jobs.lever.co/northwind')).toEqual([
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
    ]);
  });

  it('reads an Ashby board and skips unlisted jobs', () => {
    const json = {
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
      ],
    };
    expect(parseFeed('ashby', json, 'https://jobs.ashbyhq.com/lumenlabs')).toEqual([
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
    ]);
  });

  it('returns [] and reports one error for a response of the wrong shape, never throwing', () => {
    for (const [site, bad] of [
      ['greenhouse', { jobs: 'nope' }],
      ['lever', { error: 'Document not found' }],
      ['ashby', null],
      ['greenhouse', 'not json at all'],
      ['unknown', []],
    ] as const) {
      const errors: unknown[] = [];
      expect(parseFeed(site, bad, 'https://x.example/', (e) => errors.push(e))).toEqual([]);
      expect(errors).toHaveLength(1);
    }
  });

  it('drops a single invalid job (bad URL) and keeps the rest', () => {
    const json = {
      jobs: [{ ...greenhouseJson.jobs[0]!, absolute_url: 'javascript:alert(1)x' }, greenhouseJson.jobs[1]!],
    };
    const errors: unknown[] = [];
    const ps = parseFeed('greenhouse', json, 'https://boards.greenhouse.io/acmerobotics', (e) => errors.push(e));
    expect(ps.map((p) => p.jobId)).toEqual(['4012377']);
    expect(errors).toHaveLength(1);
  });
});
