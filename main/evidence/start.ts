import type { ApiContext } from '../api/context';
import { seedDemoEvidenceOnce } from './seed-demo';

/**
 * What the evidence side does when the back end starts: remove crash leftovers from the evidence
 * folder, then import the demo's evidence once. Never throws: problems are logged.
 */
export async function startEvidence(
  ctx: ApiContext,
  log: (message: string) => void,
): Promise<void> {
  try {
    const removed = ctx.services.evidence.removeLeftovers();
    if (removed.length > 0) log(`Removed ${removed.length} unfinished evidence file(s).`);
  } catch (error) {
    log(
      `Evidence leftovers were not checked: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  await seedDemoEvidenceOnce(ctx, log);
}
