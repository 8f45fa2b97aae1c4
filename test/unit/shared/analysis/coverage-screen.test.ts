import { describe, expect, it } from 'vitest';
import { coverageOf, EXPECTED_AREA } from '../../../../shared/analysis/coverage';
import { mirrorOf } from '../../../../shared/analysis/root-cause-ops';
import { nodeScreenKey, screenNodeId } from '../../../../shared/analysis/screen';
import { rootCauseLayer } from '../../../../shared/domain';
import { seedState } from '../doc/arbitraries';

describe('coverage', () => {
  it('maps every layer to an area of action', () => {
    expect(Object.keys(EXPECTED_AREA).sort()).toEqual([...rootCauseLayer.values].sort());
  });

  it('says which cause lacks an action, which lacks one of its area, which action names no cause', () => {
    const state = seedState();
    const doc = {
      ...state,
      rootCauses: [
        {
          id: 'c1',
          layer: 'monitoring' as const,
          description: 'No alert on the flag rate.',
          hint: '',
        },
        { id: 'c2', layer: 'process' as const, description: '', hint: '' },
      ],
      actions: state.actions.map((a) => ({ ...a, area: 'prevention' as const })),
      links: [{ kind: 'action_cause' as const, from: 'a1', to: 'c1' }],
    };
    expect(coverageOf(doc).gaps.map((g) => g.message)).toEqual([
      'Monitoring cause with no Detection action: Monitoring cause 1 “No alert on the flag rate.” is answered only by prevention.',
      'Process cause 2 has no corrective action.',
      expect.stringMatching(/^Action 2 .*names no root cause it answers\.$/),
    ]);
  });
});

describe('a node and its root cause', () => {
  it('mirror their words and layer both ways, and never copy an emptied layer', () => {
    const doc = seedState(); // node n2 is root cause c1
    expect(mirrorOf(doc, { list: 'causeNodes', id: 'n2', field: 'text' }, 'x')).toEqual({
      list: 'rootCauses',
      id: 'c1',
      field: 'description',
    });
    expect(mirrorOf(doc, { list: 'rootCauses', id: 'c1', field: 'layer' }, 'data')).toEqual({
      list: 'causeNodes',
      id: 'n2',
      field: 'layer',
    });
    expect(mirrorOf(doc, { list: 'causeNodes', id: 'n2', field: 'layer' }, null)).toBeNull();
    expect(mirrorOf(doc, { list: 'causeNodes', id: 'n1', field: 'text' }, 'x')).toBeNull();
  });
});

describe('the shared screen key of a node', () => {
  it('goes there and back', () => {
    expect(screenNodeId(nodeScreenKey('abc'))).toBe('abc');
    expect(screenNodeId('cause-abc')).toBeNull();
    expect(screenNodeId(null)).toBeNull();
  });
});
