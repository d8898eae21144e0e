/** One entry of the soonest-due list: a kept record and when its action falls due. */
export interface HeapEntry<T> {
  readonly ms: number;
  readonly id: string;
  readonly tie: string;
  readonly value: T;
}

function before<T>(a: HeapEntry<T>, b: HeapEntry<T>): boolean {
  if (a.ms !== b.ms) return a.ms < b.ms;
  if (a.id !== b.id) return a.id < b.id;
  return a.tie < b.tie;
}

/**
 * Keeps the `limit` smallest entries by (instant, id, tie-breaker) in a max-heap: O(log limit) per
 * offer, memory bounded by `limit` however many entries are offered. The order is total, so the
 * result does not depend on the order entries arrive in.
 */
export class BoundedHeap<T> {
  private readonly items: HeapEntry<T>[] = [];
  constructor(private readonly limit: number) {}

  /** Whether an entry at `ms` for `id` could enter (cheap pre-check before allocating it). */
  wouldAccept(ms: number, id: string): boolean {
    if (this.limit <= 0) return false;
    if (this.items.length < this.limit) return true;
    const top = this.items[0] as HeapEntry<T>;
    return ms < top.ms || (ms === top.ms && id <= top.id);
  }

  offer(entry: HeapEntry<T>): void {
    const items = this.items;
    if (this.limit <= 0) return;
    if (items.length < this.limit) {
      items.push(entry);
      this.up(items.length - 1);
      return;
    }
    if (!before(entry, items[0] as HeapEntry<T>)) return;
    items[0] = entry;
    this.down(0);
  }

  /** The entries, soonest first. */
  sorted(): HeapEntry<T>[] {
    return [...this.items].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }

  private up(index: number): void {
    const items = this.items;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[parent] as HeapEntry<T>, items[i] as HeapEntry<T>)) break;
      [items[parent], items[i]] = [items[i] as HeapEntry<T>, items[parent] as HeapEntry<T>];
      i = parent;
    }
  }

  private down(index: number): void {
    const items = this.items;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < items.length && before(items[largest] as HeapEntry<T>, items[left] as HeapEntry<T>)) largest = left;
      if (right < items.length && before(items[largest] as HeapEntry<T>, items[right] as HeapEntry<T>)) largest = right;
      if (largest === i) return;
      [items[largest], items[i]] = [items[i] as HeapEntry<T>, items[largest] as HeapEntry<T>];
      i = largest;
    }
  }
}
