/** A linear undo / redo history of snapshots. */
export class History<T> {
  private entries: T[];
  private index = 0;

  constructor(
    initial: T,
    private same: (a: T, b: T) => boolean = Object.is,
  ) {
    this.entries = [initial];
  }

  get current(): T {
    return this.entries[this.index]!;
  }

  get canUndo(): boolean {
    return this.index > 0;
  }

  get canRedo(): boolean {
    return this.index < this.entries.length - 1;
  }

  /** Records a new state (dropping any redo steps); a state equal to the current one is not recorded. */
  push(state: T): void {
    if (this.same(state, this.current)) return;
    this.entries.splice(this.index + 1, Infinity, state);
    this.index++;
  }

  /** Steps back; returns the state to show, or undefined at the start. */
  undo(): T | undefined {
    if (!this.canUndo) return undefined;
    return this.entries[--this.index];
  }

  /** Steps forward; returns the state to show, or undefined at the end. */
  redo(): T | undefined {
    if (!this.canRedo) return undefined;
    return this.entries[++this.index];
  }
}
