import { describe, expect, it } from 'vitest';
import { CaptureInputSchema } from '../../../../shared/contract/meeting';
import { LIMITS, longText } from '../../../../shared/domain';

describe('a refused long text', () => {
  it('words the limit with its thousands grouped, naming the field', () => {
    const tooLong = 'x'.repeat(LIMITS.longText + 1);
    const field = longText('What happened').safeParse(tooLong);
    expect(field.success).toBe(false);
    expect(field.error?.issues[0]?.message).toBe(
      'What happened is at most 20,000 characters; shorten it or split it.',
    );
    const capture = CaptureInputSchema.safeParse({
      postmortemId: 'p1',
      windowId: 'w1',
      kind: 'timeline',
      text: tooLong,
    });
    expect(capture.error?.issues.map((issue) => issue.message)).toContain(
      'A timeline event is at most 20,000 characters.',
    );
  });
});
