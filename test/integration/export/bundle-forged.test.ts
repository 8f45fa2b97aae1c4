import { describe, it } from 'vitest';
import { forgedFixture } from './forged-fixture';

// A forged row naming the postmortem already in the target folder, or one of its rows, must not
// land in it. (JSON naming evidence: bundle-forged-json.test.ts.)
const { fx, forge, expectRefusedWhole, expectImportsBeside } = forgedFixture('pm-bundle-forged-');

describe('a forged portable file', () => {
  it.each([
    {
      // actions name their postmortem directly. The action's links to its causes go (they would
      // fail on their own) and it takes an id the folder's demo does not use.
      case: 'an action of the postmortem already in the folder',
      forged: () =>
        forge(
          'actions.postmortem',
          ['DELETE FROM action_causes WHERE action_id = (SELECT id FROM actions WHERE rowid = 1)'],
          ["UPDATE actions SET postmortem_id = ?, id = 'slipped-in' WHERE rowid = 1", fx.targetId],
        ),
      message: 'holds rows of another postmortem in table actions',
    },
    {
      // pin_evidence reaches its postmortem through evidence (tables.ts): this row would tie the
      // imported pin to the folder's own evidence, and deleting that evidence would delete it.
      case: "a pin's link to that postmortem's evidence",
      forged: () =>
        forge('pin-evidence.postmortem', [
          'UPDATE pin_evidence SET evidence_id = ? WHERE rowid = 1',
          fx.targetEvidence,
        ]),
      message: 'holds rows of another postmortem in table pin_evidence',
    },
    {
      // The table rebuilt without its constraints, as a hand edit could: a lesson of no postmortem
      // has no key to check, and belongs to none.
      case: 'a lesson of no postmortem',
      forged: () =>
        forge(
          'lessons.postmortem',
          ['CREATE TABLE loose AS SELECT * FROM lessons'],
          ['DROP TABLE lessons'],
          ['ALTER TABLE loose RENAME TO lessons'],
          ['UPDATE lessons SET postmortem_id = NULL WHERE rowid = 1'],
        ),
      message: "holds rows in table lessons that are not its postmortem's",
    },
    {
      case: 'a citation of a pin that is nowhere',
      forged: () =>
        forge('node-pins.postmortem', [
          "UPDATE node_pins SET pin_id = 'no-such-pin' WHERE rowid = 1",
        ]),
      message: 'holds rows in table node_pins that point to no row of it \\(pin_id\\)',
    },
  ])('refuses $case whole, leaving the folder as it was', async ({ forged, message }) => {
    await expectRefusedWhole(forged(), message);
  });

  it('while the same file, untouched, imports beside the postmortem already there', async () => {
    await expectImportsBeside();
  });
});
