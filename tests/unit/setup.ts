// Real IndexedDB semantics in Node: every storage test runs against fake-indexeddb.
import 'fake-indexeddb/auto';

// The taxonomy data file, read from disk as the scripts do (the extension fetches it from its package).
import '@/lib/skills/node-data';
