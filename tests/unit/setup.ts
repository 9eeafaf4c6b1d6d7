// Real IndexedDB semantics in Node: every storage test runs against fake-indexeddb.
import 'fake-indexeddb/auto';
