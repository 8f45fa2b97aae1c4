import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../../shared/contract/errors';
import {
  deserializeError,
  serializeError,
} from '../../../../../main/evidence/query-worker/protocol';

// What crosses the thread boundary must survive structured cloning: plain data only.
const across = (error: unknown) => deserializeError(structuredClone(serializeError(error)));

describe('query worker errors', () => {
  it('keep an AppError typed, with its issues', () => {
    const back = across(
      new AppError('invalid_input', 'Bad window.', [{ path: 'baseline', message: 'empty' }]),
    );
    expect(back).toBeInstanceOf(AppError);
    expect((back as AppError).toBody()).toEqual({
      code: 'invalid_input',
      message: 'Bad window.',
      issues: [{ path: 'baseline', message: 'empty' }],
    });
    expect((across(new AppError('not_found', 'No such column.')) as AppError).toBody()).toEqual({
      code: 'not_found',
      message: 'No such column.',
    });
  });

  it('keep any other failure an untyped Error with its message and stack', () => {
    const original = new RangeError('Array buffer allocation failed');
    const back = across(original);
    expect(back).not.toBeInstanceOf(AppError);
    expect(back.message).toBe('Array buffer allocation failed');
    expect(back.stack).toBe(original.stack);
    expect(across('a string').message).toBe('a string');
  });
});
