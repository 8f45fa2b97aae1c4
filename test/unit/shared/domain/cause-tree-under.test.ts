import { describe, expect, it } from 'vitest';
import {
  causeTreeOf,
  causeTreeUnder,
  incidentLine,
  postmortemContentSchema,
} from '../../../../shared/domain';
import { demoPostmortem } from '../../../../shared/template';

// A window draws the tree under the incident line it shows, which lags the summary while someone
// types there: the same tree as the document's, with only the root's words given.
describe('the cause tree under a given incident line', () => {
  const demo = postmortemContentSchema.parse(demoPostmortem());

  it('is the document’s tree with the given words at the root', () => {
    const own = causeTreeOf(demo);
    const shown = causeTreeUnder('An earlier wording of the incident', demo);
    expect(own.incident).toBe(incidentLine(demo));
    expect(shown.incident).toBe('An earlier wording of the incident');
    expect(shown.ordered.map((n) => [n.id, n.depth, n.text, n.rootCauseId])).toEqual(
      own.ordered.map((n) => [n.id, n.depth, n.text, n.rootCauseId]),
    );
  });

  it('reads the first sentence of what happened, else the title', () => {
    const doc = { ...demo, summary: { ...demo.summary, whatHappened: 'It fell. Then it rose.' } };
    expect(incidentLine(doc)).toBe('It fell.');
    expect(incidentLine({ ...doc, summary: { ...doc.summary, whatHappened: '  ' } })).toBe(
      demo.title,
    );
  });
});
