import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { contentOf } from '../../../main/postmortems/rows';
import { diffDocs } from '../../../shared/doc/diff';
import { orphans } from './review-folders';
import { cli, withFolder } from './bundle-cli';
import { openDemo } from './demo-backend';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

// Pins also key (postmortem_id, timeline_event_id) to timeline_events; a pin on the diagnosis of
// a postmortem with no timeline yet must still travel, and the import must not take it for a stray.
it('carries the pins of a postmortem that has no timeline yet', async () => {
  const source = await openDemo();
  made.push(source.dataDir);
  const demo = await source.call('postmortems.get', { id: source.demoId });
  const content = contentOf(demo);
  await source.call('postmortems.apply', {
    postmortemId: demo.id,
    windowId: 'test',
    batchId: 'no-timeline',
    ops: diffDocs(content, {
      ...content,
      timeline: [],
      links: content.links.filter((l) => l.kind !== 'node_event'),
    }),
  });
  const pins = await source.call('pins.list', { postmortemId: demo.id });
  source.backend.close();
  expect(pins.length).toBeGreaterThan(0);
  expect(pins.every((p) => p.target.kind === 'diagnosis')).toBe(true);

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-bundle-pins-'));
  made.push(work);
  const file = path.join(work, 'no-timeline.postmortem');
  const args = ['--postmortem', demo.id, '--format', 'bundle', '--out', file, '--json'];
  expect((await cli('export', '--data-dir', source.dataDir, ...args)).stderr).toBe('');
  const to = path.join(work, 'other');
  const imported = await cli('import-bundle', file, '--data-dir', to, '--json');
  expect(imported.stderr).toBe('');
  const { postmortemId } = JSON.parse(imported.stdout) as { postmortemId: string };
  const arrived = await withFolder(to, (call) => call('pins.list', { postmortemId }));
  const shape = (list: typeof pins) => list.map((p) => [p.caption, p.spec.kind, p.target]);
  expect(shape(arrived)).toEqual(shape(pins));
  expect(orphans(to)).toEqual([]);
});
