// A one-line progress bar on stderr for long work; silent when stderr is not a terminal.

export interface ProgressBar {
  update(done: number, total: number, detail: string): void;
  done(): void;
}

/** Redraws at most ten times a second so drawing never slows the work it reports on. */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, detail) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const width = 24;
      const filled = Math.round(share * width);
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${detail}\x1b[K`,
      );
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
