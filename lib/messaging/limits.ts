/**
 * Limits of the content protocol that senders need too. Their own module, free of schemas: the
 * job sites' content script imports them without building the protocol's schemas.
 */

/** The most cards one `cards.score` request carries; a longer list is sent in chunks of this size. */
export const MAX_CARDS_PER_REQUEST = 500;
