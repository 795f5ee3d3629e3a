import { describe, expect, it } from 'vitest';
import { contract, events } from '../../../shared/contract';
import { CALL_NAME_LIST, EVENT_NAME_LIST } from '../../../shared/contract/names';

describe('the zod-free name lists', () => {
  it('match the contract exactly', () => {
    expect([...CALL_NAME_LIST].sort()).toEqual(Object.keys(contract).sort());
    expect([...EVENT_NAME_LIST].sort()).toEqual(Object.keys(events).sort());
  });
  it('declare for every call the errors it returns, each a known code', () => {
    for (const [name, spec] of Object.entries(contract)) {
      expect(spec.summary.length, name).toBeGreaterThan(10);
      expect(new Set(spec.errors).size, name).toBe(spec.errors.length);
    }
  });
});
