import fc from 'fast-check';
import { rootCauseLayer } from '../../../../shared/domain';
import type { CauseNodeInput } from '../../../../shared/analysis/layout';

const words = fc.constantFrom(
  'feature',
  'pipeline',
  'the',
  'amount',
  'drifted',
  'vendor',
  'scale',
  'changed',
  'without',
  'notice',
  'monitoring',
  'threshold',
  'Übergrößenträger',
  '監視が弱かった',
  'averyveryveryveryverylongidentifierwithoutanyspacesatallthatmustbecut',
  '🙂',
);

export const causeText = fc.oneof(
  fc.array(words, { minLength: 0, maxLength: 40 }).map((w) => w.join(' ')),
  fc.string({ maxLength: 120 }),
);

/** A valid tree of n nodes: each node's parent is an earlier node or the incident. */
export function causeTree(minLength: number, maxLength: number) {
  return fc
    .array(
      fc.record({
        parentPick: fc.option(fc.nat(), { freq: 4 }),
        text: causeText,
        layer: fc.option(fc.constantFrom(...rootCauseLayer.values)),
        rootCause: fc.boolean(),
      }),
      { minLength, maxLength },
    )
    .map((rows): CauseNodeInput[] =>
      rows.map((r, i) => ({
        id: `n${i}`,
        parentId: r.parentPick === null || i === 0 ? null : `n${r.parentPick % i}`,
        text: r.text,
        layer: r.layer,
        rootCause: r.rootCause,
      })),
    );
}
