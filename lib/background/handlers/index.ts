import type { RequestContext } from '../context';
import type { Handlers } from '../../messaging/router';
import type { BackgroundProtocol } from '../../messaging/protocol';
import { contentProtocol, type ContentProtocol } from '../../messaging/content-protocol';
import { pageHandlers } from './page';
import { postingHandlers } from './postings';
import { profileHandlers } from './profile';
import { learningHandlers } from './learning';
import { dataHandlers } from './data';
import { gapHandlers } from './gaps';

/** Every message the background answers, from its handler module by concern. */
export const handlers: Handlers<BackgroundProtocol, RequestContext> = {
  ...pageHandlers,
  ...postingHandlers,
  ...profileHandlers,
  ...learningHandlers,
  ...dataHandlers,
  ...gapHandlers,
};

/** The handlers a content script may reach: the content protocol's messages, nothing else. */
export const contentHandlers = Object.fromEntries(
  Object.keys(contentProtocol).map((name) => [name, handlers[name as keyof ContentProtocol]]),
) as Handlers<ContentProtocol, RequestContext>;
