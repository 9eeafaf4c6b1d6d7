/**
 * When a page still being parsed is read. The parser adds nodes in pieces; each piece that holds
 * an element asks for a read, one read at a time, while the read budget lasts:
 * - a piece parsed while a read was running is read once that read ends, because the parser may add
 *   nothing more for a long while (it waits for a slow script) and those cards would wait with it;
 * - with the budget spent, the page is read only when the parser has gone quiet for QUIET_MS, so
 *   a big page read at every piece costs little, and cards above a slow script still get badges.
 */
export interface ParseReadsHost {
  /** Reads the page parsed so far (`overBudget` for the read of a quiet parser); resolves when the
   * read is done, its badges may come later. */
  read(overBudget: boolean): Promise<void>;
  /** Whether reads at every piece still have time left in their budget. */
  hasBudget(): boolean;
  /** Whether the document is parsed (reads while parsing are over then). */
  parsed(): boolean;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** How long the parser must add nothing before a read with the budget spent. */
export const QUIET_MS = 250;

export class ParseReads {
  #busy = false;
  #missed = false;
  #quiet: number | null = null;
  #stopped = false;

  constructor(private readonly host: ParseReadsHost) {}

  /** The parser added elements. */
  added(): void {
    if (this.#stopped || this.host.parsed()) return;
    if (this.#busy) {
      this.#missed = true;
      return;
    }
    if (this.host.hasBudget()) this.#read(false);
    else this.#waitForQuiet();
  }

  /** No more reads while parsing (the document is parsed, or the script is gone). */
  stop(): void {
    this.#stopped = true;
    this.#clearQuiet();
  }

  #read(overBudget: boolean): void {
    this.#clearQuiet();
    this.#busy = true;
    this.#missed = false;
    this.host
      .read(overBudget)
      .catch(() => {})
      .finally(() => {
        this.#busy = false;
        if (this.#missed) this.added();
      });
  }

  #waitForQuiet(): void {
    this.#clearQuiet();
    this.#quiet = this.host.setTimeout(() => {
      this.#quiet = null;
      if (!this.#stopped && !this.host.parsed()) this.#read(true);
    }, QUIET_MS);
  }

  #clearQuiet(): void {
    if (this.#quiet === null) return;
    this.host.clearTimeout(this.#quiet);
    this.#quiet = null;
  }
}
