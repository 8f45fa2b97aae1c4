import type { ApiContext } from '../../api/context';
import { EvidenceService } from './evidence-service';

const services = new WeakMap<ApiContext, EvidenceService>();

/**
 * The one evidence service of a back end, created on first use from the shared context, so the
 * handler group, the demo seeding and the command line all use the same instance.
 */
export function evidenceServiceFor(ctx: ApiContext): EvidenceService {
  let service = services.get(ctx);
  if (!service) {
    service = new EvidenceService({
      dataDir: ctx.dataDir,
      db: () => ctx.documents.writable(),
      now: ctx.now,
      onProgress: (p) => ctx.events.emit('evidence.importProgress', p),
      prefetch: true,
    });
    services.set(ctx, service);
  }
  return service;
}

/** Closes the context's evidence service if one was created (open files, running imports). */
export function closeEvidenceService(ctx: ApiContext): void {
  void stopEvidenceService(ctx);
}

/** closeEvidenceService, resolved once its worker thread has ended. */
export async function stopEvidenceService(ctx: ApiContext): Promise<void> {
  const service = services.get(ctx);
  services.delete(ctx);
  await service?.stop();
}
