export * from './database';
export * from './records';
export * from './profile';
export * from './postings';
export * from './learning';
export * from './settings';
export { parseRows } from './parse';
