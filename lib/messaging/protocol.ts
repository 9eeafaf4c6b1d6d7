/**
 * The background's protocol: every message it answers, by name, with Zod schemas of request and
 * response. Both sides parse what crosses the boundary. Split by who may send it:
 * `content-protocol.ts` (content scripts on job sites, and extension pages) and
 * `page-protocol.ts` (extension pages only); `tab-protocol.ts` is what the popup asks a tab.
 */
import type { ParsedReq as ParsedReqOf, Req as ReqOf, Res as ResOf } from './envelope';
import { contentProtocol } from './content-protocol';
import { pageProtocol } from './page-protocol';

export const backgroundProtocol = { ...contentProtocol, ...pageProtocol } as const;

export type BackgroundProtocol = typeof backgroundProtocol;
export type MessageName = keyof BackgroundProtocol;
export type Req<K extends MessageName> = ReqOf<BackgroundProtocol, K>;
export type ParsedReq<K extends MessageName> = ParsedReqOf<BackgroundProtocol, K>;
export type Res<K extends MessageName> = ResOf<BackgroundProtocol, K>;
