import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blankPostmortem } from '../../../shared/domain';
import { pageInputSchema } from '../../../shared/evidence';
import { PostmortemRepository } from '../../../main/postmortems/repository';
import { openFixture, type EvidenceFixture } from './fixture';

let f: EvidenceFixture;
let amsterdam: string;
let csv: string;

beforeAll(async () => {
  f = await openFixture();
  const repo = new PostmortemRepository(f.documents.writable(), () => new Date());
  amsterdam = repo.create(blankPostmortem('Amsterdam outage', 'Europe/Amsterdam')).id;
  csv = path.join(f.dataDir, 'local-times.csv');
  fs.writeFileSync(csv, 'ts;score\n2024-07-01 12:00:00;0,5\n2024-07-01 13:00:00;0,75\n');
});

afterAll(() => f.close());

describe('evidence service: zones and decimal commas', () => {
  it('proposes the postmortem’s zone in the preview and reads zone-less times in it', async () => {
    const preview = await f.service.stage({ postmortemId: amsterdam, filePath: csv });
    expect(preview.defaultTimeZone).toBe('Europe/Amsterdam');
    expect(preview.columns[0]).toMatchObject({ zonelessCount: 2, inferredType: 'instant' });
    expect(preview.columns[1]).toMatchObject({ inferredType: 'real', decimalComma: true });
    const info = f.service.commit({ stagingId: preview.stagingId, overrides: {} });
    expect(info.columns[0]?.wallClockZone).toBe('Europe/Amsterdam');
    expect(info.columns[1]?.decimalComma).toBe(true);
    const page = await f.service.page(
      pageInputSchema.parse({ evidenceId: info.id, offset: 0, limit: 10 }),
    );
    expect(page.rows.map((r) => r[0])).toEqual([
      '2024-07-01T10:00:00.000Z',
      '2024-07-01T11:00:00.000Z',
    ]);
    expect(page.rows.map((r) => r[1])).toEqual([0.5, 0.75]);
    // Stored with the file: a restart lists the same zone.
    expect(f.service.list(amsterdam)[0]?.columns[0]?.wallClockZone).toBe('Europe/Amsterdam');
  });

  it('reads them in the zone the user chose instead', async () => {
    const preview = await f.service.stage({ postmortemId: amsterdam, filePath: csv });
    const info = f.service.commit({
      stagingId: preview.stagingId,
      overrides: { timeZone: 'America/New_York' },
    });
    expect(info.columns[0]?.wallClockZone).toBe('America/New_York');
    const page = await f.service.page(
      pageInputSchema.parse({ evidenceId: info.id, offset: 0, limit: 1 }),
    );
    expect(page.rows[0]?.[0]).toBe('2024-07-01T16:00:00.000Z');
  });
});
