import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/api/dispatch';
import { createBackend } from '../../../main/backend';
import type { Postmortem } from '../../../shared/domain';
import { tempDir } from '../db/temp';
import { cli } from '../../support/run-cli';

/** A data folder with one postmortem holding two actions, written through operations. */
async function folder() {
  const dataDir = tempDir('pm-cli-lib-');
  const backend = await createBackend({ dataDir, log: () => {} });
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const outcome = await dispatch(backend.handlers, channel, input, () => {});
    if (!outcome.ok) throw new Error(outcome.error.message);
    return outcome.value as T;
  };
  const pm = await value<Postmortem>('postmortems.create', { title: 'Churn scores froze' });
  const action = (id: string, description: string, owner: string, dueDate: string) => ({
    op: 'insert',
    list: 'actions',
    before: null,
    item: {
      id,
      area: 'detection',
      description,
      owner,
      dueDate,
      status: 'open',
      reviewDate: null,
      hint: '',
    },
  });
  await value('postmortems.apply', {
    postmortemId: pm.id,
    windowId: 'cli-test',
    batchId: 'b1',
    ops: [
      action('late', 'Alert when the scorer stops emitting', 'Wanjiru', '2020-01-31'),
      action('later', 'Document the retraining cadence', 'Tomás', '2099-01-31'),
    ],
  });
  await backend.stop();
  return { dataDir, pm };
}

describe('the command line over the library', () => {
  it('searches everything written and prints each hit with its postmortem and snippet', async () => {
    const { dataDir, pm } = await folder();
    const found = await cli('search', 'emitting', '--data-dir', dataDir, '--json');
    expect(found).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(found.stdout)).toEqual([
      expect.objectContaining({
        postmortemId: pm.id,
        title: 'Churn scores froze',
        snippet: 'Alert when the scorer stops emitting',
      }),
    ]);
    const bad = await cli('search', 'x', '--data-dir', dataDir, '--severity', 'SEV9');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/severity/);
    expect((await cli('search', '--data-dir', dataDir)).code).toBe(2);
  });

  it('lists the actions of every postmortem, overdue first, by owner', async () => {
    const { dataDir, pm } = await folder();
    const all = await cli('actions', '--data-dir', dataDir, '--json');
    expect(all.code).toBe(0);
    const listed = JSON.parse(all.stdout) as { postmortemId: string; id: string }[];
    const ours = listed.filter((a) => a.postmortemId === pm.id).map((a) => a.id);
    expect(ours).toEqual(['late', 'later']);
    const overdue = JSON.parse(
      (await cli('actions', '--data-dir', dataDir, '--overdue', '--json')).stdout,
    );
    expect(overdue.filter((a: { postmortemId: string }) => a.postmortemId === pm.id)).toEqual([
      {
        postmortemId: pm.id,
        postmortemTitle: 'Churn scores froze',
        id: 'late',
        area: 'detection',
        description: 'Alert when the scorer stops emitting',
        owner: 'Wanjiru',
        dueDate: '2020-01-31',
        status: 'open',
        reviewDate: null,
        overdue: true,
        causes: [],
        // No follow-up review has recorded an outcome for it yet.
        lastReviewedAt: null,
        lastReviewDone: null,
        lastReviewWorked: null,
        lastReviewNote: null,
      },
    ]);
    const byOwner = JSON.parse(
      (await cli('actions', '--data-dir', dataDir, '--owner', 'tomás', '--json')).stdout,
    );
    // The demo's Tomás Ferreira is found too: part of the name, case aside.
    expect(byOwner.map((a: { owner: string }) => a.owner).sort()).toEqual([
      'Tomás',
      'Tomás Ferreira (Fraud Analytics)',
    ]);
  });

  it('prints the trends as JSON, or as the Markdown summary', async () => {
    const { dataDir } = await folder();
    const json = await cli('trends', '--data-dir', dataDir, '--json');
    expect(json.code).toBe(0);
    const trends = JSON.parse(json.stdout) as { postmortems: number; actions: { overdue: number } };
    // The demo and ours; our overdue action counts.
    expect(trends.postmortems).toBe(2);
    expect(trends.actions.overdue).toBeGreaterThanOrEqual(1);
    const text = await cli('trends', '--data-dir', dataDir);
    expect(text.stdout).toMatch(
      /^# Postmortem trends\n\n2 postmortems, summarised on \d{4}-\d{2}-\d{2}\./,
    );
  });
});
