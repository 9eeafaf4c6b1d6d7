import type { PostingRecord } from '@/lib/db/records';

/** A saved job for the tracker's views: job `i`, saved at `i`. */
export const savedJob = (i: number): PostingRecord => ({
  id: `lever:${i}`,
  site: 'lever',
  jobId: String(i),
  url: `https://jobs.lever.co/acme/${i}`,
  title: `Job ${i}`,
  company: 'Acme',
  location: null,
  skills: [],
  fit: 50,
  saved: 1,
  status: 'saved',
  history: [],
  notes: '',
  seenAt: 0,
  savedAt: i,
  updatedAt: 0,
});
