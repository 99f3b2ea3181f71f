import { closeSync, fdatasync, openSync } from 'node:fs';

/**
 * Durability for SQLite in WAL mode with synchronous=NORMAL: commits only write the WAL, and every writer then
 * awaits `sync()`, an fdatasync of the WAL file on libuv's thread pool that started after its commit. While one fsync
 * runs, the next batch is committed, and all commits made meanwhile share the following fsync (group commit
 * without holding the write lock or the thread across the disk flush). Linux flushes the file's pages whichever
 * descriptor wrote them; SQLite keeps the WAL file while a connection is open, and syncs it before it checkpoints.
 */
export class WalSync {
  readonly #path: string;
  readonly #flush: (fd: number, done: (error: Error | null) => void) => void;
  #fd: number | null = null;
  /** The fsync in progress, if any. */
  #running: Promise<void> | null = null;
  /** The fsync that starts when the running one ends, shared by everyone who arrived during it. */
  #queued: Promise<void> | null = null;

  /**
   * flush: fdatasync, as SQLite itself syncs on Linux (the data and the file size, not the timestamps); tests
   * put a slower or failing one in its place.
   */
  constructor(walPath: string, flush: (fd: number, done: (error: Error | null) => void) => void = fdatasync) {
    this.#path = walPath;
    this.#flush = flush;
  }

  sync(): Promise<void> {
    if (!this.#running) return this.#start();
    this.#queued ??= this.#running.then(
      () => this.#next(),
      () => this.#next(),
    );
    return this.#queued;
  }

  #next(): Promise<void> {
    this.#queued = null;
    return this.#start();
  }

  #start(): Promise<void> {
    const run = new Promise<void>((resolve, reject) => {
      if (this.#fd === null) {
        try {
          this.#fd = openSync(this.#path, 'r');
        } catch (error) {
          // No WAL file yet: nothing has been written to one, so nothing waits for the disk.
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return resolve();
          return reject(error);
        }
      }
      this.#flush(this.#fd, (error) => (error ? reject(error) : resolve()));
    });
    this.#running = run;
    const clear = () => {
      if (this.#running === run) this.#running = null;
    };
    run.then(clear, clear);
    return run;
  }

  /** After the last writer has finished. */
  close(): void {
    if (this.#fd !== null) closeSync(this.#fd);
    this.#fd = null;
  }
}
