import Dexie, { type EntityTable } from 'dexie';
import type {
  CatalogRecord,
  CredentialRecord,
  FeedCacheRecord,
  LearningRecord,
  PostingDetail,
  ProfileRecord,
  SettingRecord,
  DeletionRecord,
  SnapshotRecord,
} from './records';
import type { PostingSkill } from '../skills';
import { upgradeToScopedIds } from './scoped-ids';
import { bucketsFromRows, countTallies, storedPosting, type Bucket, type StoredPosting, type Tally } from './stored';

export const DB_NAME = 'skillfit';

/**
 * Every schema version the database has had, oldest first. Never edit a shipped entry:
 * add a new one (and its upgrade) so that existing users' data is carried forward.
 */
export const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      profile: '&skillId, level, updatedAt',
      postings: '&id, saved, status, site, seenAt, savedAt',
      learning: '&courseId, status, startedAt',
      credentials: '&id, courseId, earnedAt',
      catalogs: '&id',
      settings: '&key',
    },
  },
  {
    // v2: descriptions and mentions move to `details`, so that listing and re-scoring thousands of
    // postings reads only small rows; board-feed cache.
    version: 2,
    stores: {
      postings: '&id, saved, status, site, seenAt, savedAt, updatedAt',
      details: '&id',
      feeds: '&key, fetchedAt',
    },
  },
  {
    // v3: the tracker's default page and its site list read indexes instead of every saved row.
    version: 3,
    stores: {
      postings: '&id, saved, status, site, seenAt, savedAt, updatedAt, [saved+savedAt], [saved+site]',
    },
  },
  {
    // v4: what the user deleted, and when (a backup restored later must not bring it back), and the
    // safety copy taken before an import.
    version: 4,
    stores: {
      deletions: '&key, deletedAt',
      snapshots: '&id',
    },
  },
  {
    // v5: no new store; the ids of Workday and generic postings carry their employer (scoped-ids.ts).
    version: 5,
    stores: {},
  },
  {
    // v6: postings keep only the indexes a query reads (`saved`, `status` for the board's counts,
    // and the two compound ones). Every put writes one entry per index, so a re-score that writes
    // back thousands of fits paid for four indexes nobody queried (site, seenAt, savedAt, updatedAt).
    version: 6,
    stores: {
      postings: '&id, saved, status, [saved+savedAt], [saved+site]',
    },
  },
  {
    // v7: fits move out of postings into a few bucket rows, beside what a re-score reads of each
    // posting (fits.ts): a re-score reads 128 rows and writes at most 64 instead of every posting; the board reads each status column from [status+savedAt]
    // (its first cards and its count) instead of walking every saved row newest first.
    version: 7,
    stores: {
      postings: '&id, saved, status, [saved+savedAt], [saved+site], [status+savedAt]',
      fits: '&bucket',
      scoring: '&bucket',
    },
  },
  {
    // v8: saved postings counted by status (tallies.ts), kept with every write: the board's column
    // counts and the tracker's total read six rows instead of walking an index of every saved job.
    version: 8,
    stores: {
      tallies: '&status',
    },
  },
] as const;

/** A v1 posting row: description and full skills (with mentions) were kept inline. */
interface V1Posting {
  id: string;
  description?: string;
  skills?: PostingSkill[];
  seenAt?: number;
  savedAt?: number | null;
  updatedAt?: number;
}

export class SkillFitDB extends Dexie {
  profile!: EntityTable<ProfileRecord, 'skillId'>;
  /** Postings without their fit, which is in `fits` (read and write both through lib/db/fits.ts). */
  postings!: EntityTable<StoredPosting, 'id'>;
  learning!: EntityTable<LearningRecord, 'courseId'>;
  credentials!: EntityTable<CredentialRecord, 'id'>;
  catalogs!: EntityTable<CatalogRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  details!: EntityTable<PostingDetail, 'id'>;
  feeds!: EntityTable<FeedCacheRecord, 'key'>;
  deletions!: EntityTable<DeletionRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  /** Fits, in BUCKETS rows (lib/db/fits.ts). */
  fits!: EntityTable<Bucket, 'bucket'>;
  /** What a re-score reads of each posting, in the same buckets. */
  scoring!: EntityTable<Bucket, 'bucket'>;
  /** Saved postings by status (lib/db/tallies.ts). */
  tallies!: EntityTable<Tally, 'status'>;

  constructor(name = DB_NAME) {
    super(name);
    const [v1, v2, v3, v4, v5, v6, v7, v8] = SCHEMA_VERSIONS;
    this.version(v1.version).stores(v1.stores);
    this.version(v2.version)
      .stores(v2.stores)
      .upgrade(async (tx) => {
        const rows = (await tx.table('postings').toArray()) as V1Posting[];
        await tx
          .table('details')
          .bulkPut(rows.map((p) => ({ id: p.id, description: p.description ?? '', skills: p.skills ?? [] })));
        await tx.table('postings').bulkPut(
          rows.map(({ description: _moved, skills, ...p }) => ({
            ...p,
            skills: (skills ?? []).map(({ id, requirement, years }) => ({ id, requirement, years })),
            updatedAt: p.savedAt ?? p.seenAt ?? 0,
          })),
        );
      });
    this.version(v3.version).stores(v3.stores);
    this.version(v4.version).stores(v4.stores);
    this.version(v5.version).stores(v5.stores).upgrade(upgradeToScopedIds);
    this.version(v6.version).stores(v6.stores);
    this.version(v7.version)
      .stores(v7.stores)
      .upgrade(async (tx) => {
        const rows = (await tx.table('postings').toArray()) as (StoredPosting & { fit?: unknown })[];
        const { fits, scoring } = bucketsFromRows(rows);
        await tx.table('fits').bulkPut(fits);
        await tx.table('scoring').bulkPut(scoring);
        await tx.table('postings').bulkPut(rows.map(storedPosting));
      });
    this.version(v8.version)
      .stores(v8.stores)
      .upgrade(async (tx) => {
        await tx.table('tallies').bulkPut(countTallies(await tx.table('postings').where('saved').equals(1).toArray()));
      });
  }
}

let shared: SkillFitDB | undefined;
/** The one database of the extension. Open it only in the background and extension pages. */
export function getDb(): SkillFitDB {
  shared ??= new SkillFitDB();
  return shared;
}
