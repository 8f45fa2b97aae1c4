import { describe, expect, it } from 'vitest';
import { evidenceIdsOf } from '../../../shared/evidence';
import { withFolder } from './bundle-cli';
import { forgedFixture } from './forged-fixture';

// JSON columns name evidence by id where no foreign key can check it: a pin's spec (and the
// windows inside it), a file's saved windows, the evidence on the shared screen. The import
// re-keys the ids the file holds; one it does not hold would be read as it stands, so a pin
// naming the folder's other postmortem's evidence would chart that postmortem's data, in the
// diagnosis screen and in the report. Such a file is refused whole; an honest one is re-keyed.
const { fx, forge, inFile, sql, expectRefusedWhole, expectImportsBeside } =
  forgedFixture('pm-bundle-forged-json-');

const firstPin = () => inFile<string>('SELECT id FROM pins ORDER BY rowid LIMIT 1');
/** A pin whose query has baseline and incident windows (a histogram or a drift table). */
const windowedPin = () =>
  inFile<string>("SELECT id FROM pins WHERE kind <> 'time-series' ORDER BY rowid LIMIT 1");
const fileEvidence = () => inFile<string>('SELECT id FROM evidence');
const spec = (pin: string) => `\\(spec_json of the row whose id is "${pin}"\\)`;

const onScreen = (evidenceId: string) =>
  [
    `INSERT OR REPLACE INTO meeting_screens (postmortem_id, step_id, page, focus_key, layout_json,
     evidence_json, revision, updated_at)
   SELECT postmortem_id, 'diagnosis', 0, NULL, NULL,
     json_object('pinId', id, 'target', NULL, 'caption', 'on screen',
       'spec', json_set(spec_json, '$.query.evidenceId', ?)), 1, created_at
   FROM pins ORDER BY rowid LIMIT 1`,
    evidenceId,
  ] as [string, string];

const savedWindows = (evidenceId: string) =>
  [
    `INSERT OR REPLACE INTO evidence_windows (evidence_id, baseline_json, incident_json, saved_at)
   SELECT id, json_object('kind', 'evidence', 'evidenceId', ?), json_object('kind', 'time',
     'column', 'timestamp', 'start', '2026-03-12T02:00:00Z', 'end', '2026-03-12T05:00:00Z'),
     imported_at FROM evidence`,
    evidenceId,
  ] as [string, string];

describe('a portable file whose JSON names evidence', () => {
  it.each([
    {
      case: "a pin's spec naming the folder's other postmortem's evidence",
      forged: () =>
        forge('spec.foreign', [
          "UPDATE pins SET spec_json = json_set(spec_json, '$.query.evidenceId', ?) WHERE id = ?",
          fx.targetEvidence,
          firstPin(),
        ]),
      message: () =>
        `holds rows in table pins that name another postmortem's evidence ${spec(firstPin())}`,
    },
    {
      case: "a window inside a pin's spec naming that evidence",
      forged: () =>
        forge('spec-window.foreign', [
          `UPDATE pins SET spec_json = json_set(spec_json, '$.query.baseline',
             json_object('kind', 'evidence', 'evidenceId', ?)) WHERE id = ?`,
          fx.targetEvidence,
          windowedPin(),
        ]),
      message: () =>
        `holds rows in table pins that name another postmortem's evidence ${spec(windowedPin())}`,
    },
    {
      case: "a pin's spec naming evidence that is nowhere",
      forged: () =>
        forge('spec.nowhere', [
          "UPDATE pins SET spec_json = json_set(spec_json, '$.query.evidenceId', 'gone') WHERE id = ?",
          firstPin(),
        ]),
      message: () =>
        `holds rows in table pins that name evidence it does not hold ${spec(firstPin())}`,
    },
    {
      // Deleting the evidence would then leave the pin behind, charting nothing.
      case: 'a pin whose spec names evidence its pin_evidence rows do not',
      forged: () => forge('spec.mirror', ['DELETE FROM pin_evidence WHERE pin_id = ?', firstPin()]),
      message: () =>
        `holds rows in table pins whose evidence is not the one their pin_evidence rows name ${spec(firstPin())}`,
    },
    {
      // The pin reader parses every spec: one it cannot read fails the whole postmortem's pins.
      case: 'a pin whose spec is not one',
      forged: () =>
        forge('spec.unreadable', [
          `UPDATE pins SET spec_json = '{"kind":"histogram"}' WHERE id = ?`,
          firstPin(),
        ]),
      message: () => `holds rows in table pins that cannot be read ${spec(firstPin())}`,
    },
    {
      case: "a file's saved windows naming that evidence",
      forged: () => forge('windows.foreign', savedWindows(fx.targetEvidence)),
      message: () =>
        `holds rows in table evidence_windows that name another postmortem's evidence \\(baseline_json of the row whose evidence_id is "${fileEvidence()}"\\)`,
    },
    {
      case: 'the shared screen showing that evidence',
      forged: () => forge('screen.foreign', onScreen(fx.targetEvidence)),
      message: () =>
        `holds rows in table meeting_screens that name another postmortem's evidence \\(evidence_json of the row whose step_id is "diagnosis"\\)`,
    },
  ])('refuses $case whole, leaving the folder as it was', async ({ forged, message }) => {
    await expectRefusedWhole(forged(), message());
  });

  it('while a file naming its own evidence imports with every name re-keyed to the new evidence', async () => {
    const own = fileEvidence();
    fx.file = forge(
      'own.postmortem',
      [
        `UPDATE pins SET spec_json = json_set(spec_json, '$.query.baseline',
           json_object('kind', 'evidence', 'evidenceId', ?)) WHERE id = ?`,
        own,
        windowedPin(),
      ],
      savedWindows(own),
      onScreen(own),
    );
    const postmortemId = await expectImportsBeside();
    await withFolder(fx.target, async (call) => {
      const [evidence] = await call('evidence.list', { postmortemId });
      const id = evidence!.id;
      expect(id).not.toBe(own);
      const pins = await call('pins.list', { postmortemId });
      expect(pins).toHaveLength(inFile<number>('SELECT count(*) FROM pins'));
      for (const pin of pins) {
        expect(evidenceIdsOf(pin.spec)).toEqual([id]);
        expect(
          sql<{ evidence_id: string }>(
            'SELECT evidence_id FROM pin_evidence WHERE pin_id = ?',
            pin.id,
          ).map((r) => r.evidence_id),
        ).toEqual([id]);
      }
      expect(evidence!.windows?.baseline).toEqual({ kind: 'evidence', evidenceId: id });
      const { screens } = await call('meeting.get', { postmortemId });
      expect(screens.find((s) => s.stepId === 'diagnosis')?.evidence?.spec.query.evidenceId).toBe(
        id,
      );
    });
  });
});
