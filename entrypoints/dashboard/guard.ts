/** Runs a background call and turns a failure into the page's error banner (the shell provides it). */
export type Guard = <T>(p: Promise<T>) => Promise<T | undefined>;
