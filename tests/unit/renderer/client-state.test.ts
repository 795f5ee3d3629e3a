import { describe, expect, it } from 'vitest';
import { createConnectionStore } from '../../../renderer/src/api/connection';
import { createListenerSet } from '../../../renderer/src/api/listeners';

describe('connection store', () => {
  it('notifies subscribers of changes only', () => {
    const store = createConnectionStore();
    const seen: string[] = [];
    const off = store.subscribe(() => seen.push(store.get()));
    store.set('ok');
    store.set('unauthorized');
    store.set('unauthorized');
    store.set('ok');
    off();
    store.set('unreachable');
    expect(seen).toEqual(['unauthorized', 'ok']);
    expect(store.get()).toBe('unreachable');
  });
});

describe('listener set', () => {
  it('starts the source with the first listener and stops it after the last', () => {
    const log: string[] = [];
    const set = createListenerSet<[number]>({ onFirst: () => log.push('start'), onLast: () => log.push('stop') });
    const a = set.add((n) => log.push(`a${n}`));
    const b = set.add((n) => log.push(`b${n}`));
    set.emit(1);
    a();
    a();
    set.emit(2);
    b();
    set.emit(3);
    expect(log).toEqual(['start', 'a1', 'b1', 'b2', 'stop']);
  });

  it('lets a listener unsubscribe while being called', () => {
    const set = createListenerSet<[]>();
    const calls: string[] = [];
    const off = set.add(() => {
      calls.push('once');
      off();
    });
    set.add(() => calls.push('always'));
    set.emit();
    set.emit();
    expect(calls).toEqual(['once', 'always', 'always']);
  });
});
