import Dexie, { type EntityTable } from 'dexie';
import type {
  CatalogRecord,
  CredentialRecord,
  FeedCacheRecord,
  LearningRecord,
  PostingDetail,
  PostingRecord,
  ProfileRecord,
  SettingRecord,
  DeletionRecord,
  SnapshotRecord,
} from './records';
import type { PostingSkill } from '../skills';
import { upgradeToScopedIds } from './scoped-ids';

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
  postings!: EntityTable<PostingRecord, 'id'>;
  learning!: EntityTable<LearningRecord, 'courseId'>;
  credentials!: EntityTable<CredentialRecord, 'id'>;
  catalogs!: EntityTable<CatalogRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  details!: EntityTable<PostingDetail, 'id'>;
  feeds!: EntityTable<FeedCacheRecord, 'key'>;
  deletions!: EntityTable<DeletionRecord, 'key'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    const [v1, v2, v3, v4, v5, v6] = SCHEMA_VERSIONS;
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
  }
}

let shared: SkillFitDB | undefined;
/** The one database of the extension. Open it only in the background and extension pages. */
export function getDb(): SkillFitDB {
  shared ??= new SkillFitDB();
  return shared;
}
