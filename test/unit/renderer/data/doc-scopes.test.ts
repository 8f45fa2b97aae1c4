import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOp, itemsOf, OpRejected, type DocState } from '../../../../shared/doc/apply';
import { fieldPath } from '../../../../shared/doc/paths';
import { docFields, LISTS, listNames } from '../../../../shared/doc/registry';
import { valueAtPath } from '../../../../renderer/src/data/doc-paths';
import {
  changedScopes,
  scopeOfPath,
  valueScopeOfPath,
} from '../../../../renderer/src/data/doc-scopes';
import { intentArb, resolve, seedState } from '../../shared/doc/arbitraries';

/** Every field path of a state: the document's own fields and each item's settable fields. */
function fieldPaths(state: DocState): string[] {
  const paths: string[] = [...docFields];
  for (const list of listNames) {
    for (const item of itemsOf(state, list)) {
      for (const field of Object.keys(LISTS[list].fields)) {
        paths.push(fieldPath({ list, id: item.id, field }));
      }
    }
  }
  return paths;
}

const NONE = {};

describe('scopes of the open document', () => {
  it('names the scope of a field path, and none for a path that is not a field', () => {
    expect(scopeOfPath('summary.whatHappened')).toBe('doc');
    expect(scopeOfPath('title')).toBe('doc');
    expect(scopeOfPath('timeline#e1.text')).toBe('timeline#e1');
    expect(scopeOfPath('timeline')).toBeNull();
    expect(scopeOfPath('summary')).toBeNull();
    expect(valueScopeOfPath('summary.timeZone')).toBe('doc:summary.timeZone');
    expect(valueScopeOfPath('timeline#e1.text')).toBe('timeline#e1');
    expect(valueScopeOfPath('summary')).toBeNull();
  });

  it('wakes the scope of every field whose value an operation changed (any sequence, 300 runs)', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(intentArb, { minLength: 1, maxLength: 25 }), (intents) => {
        let state = seedState();
        for (const intent of intents) {
          let next: DocState;
          try {
            next = applyOp(state, resolve(state, intent));
          } catch (error) {
            if (error instanceof OpRejected) continue;
            throw error;
          }
          const scopes = changedScopes(state, next, NONE, NONE);
          if (scopes !== 'all') {
            for (const path of new Set([...fieldPaths(state), ...fieldPaths(next)])) {
              if (valueAtPath(state, path) !== valueAtPath(next, path)) {
                expect(scopes.has(scopeOfPath(path)!), path).toBe(true);
                expect(scopes.has(valueScopeOfPath(path)!), path).toBe(true);
                checked++;
              }
            }
          }
          state = next;
        }
      }),
      { numRuns: 300 },
    );
    // The runs changed fields (not only refused operations).
    expect(checked).toBeGreaterThan(300);
  });

  it('wakes only the field typed in when one field changes', () => {
    const state = seedState();
    const [event] = itemsOf(state, 'timeline');
    const next = applyOp(state, {
      op: 'set',
      list: 'timeline',
      id: event!.id,
      field: 'text',
      value: 'Typed',
    });
    expect(changedScopes(state, next, NONE, NONE)).toEqual(
      new Set(['timeline', `timeline#${event!.id}`]),
    );
    const summary = applyOp(state, {
      op: 'set',
      list: 'doc',
      field: 'summary.whatHappened',
      value: 'Typed',
    });
    expect(changedScopes(state, summary, NONE, NONE)).toEqual(
      new Set(['doc', 'doc:summary.whatHappened']),
    );
  });

  it('wakes the field whose refused value came or went, and everyone when the document loads', () => {
    const state = seedState();
    const refused = { 'summary.impactedCount': { value: 'many', message: 'A number.' } };
    const woken = new Set(['doc', 'doc:summary.impactedCount']);
    expect(changedScopes(state, state, NONE, refused)).toEqual(woken);
    expect(changedScopes(state, state, refused, NONE)).toEqual(woken);
    expect(changedScopes(null, state, NONE, NONE)).toBe('all');
    expect(changedScopes(state, state, NONE, NONE)).toEqual(new Set());
  });
});
