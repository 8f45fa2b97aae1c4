import type { EventBus } from './api/event-bus';
import type { WriteDb } from './db/handles';
import { EvidenceService } from './evidence/service/evidence-service';
import { MeetingService } from './meeting/meeting-service';
import { OperationService } from './postmortems/ops/operation-service';
import { PostmortemRepository } from './postmortems/repository';
import { ReviewService } from './reviews/review-service';

export interface ServiceDeps {
  dataDir: string;
  /** The open documents database; throws AppError 'unavailable' while it is damaged. */
  db: () => WriteDb;
  events: EventBus;
  now: () => Date;
  /** Let evidence column caches being written finish before stopping (the command line). */
  finishCaches?: boolean;
}

/**
 * Every service of the back end, composed here and nowhere else, and closed by one dispose().
 * The repository and the operation service hold prepared statements of one connection: they are
 * made for the open database and made again when a restored backup replaces it (bind()).
 */
export class Services {
  readonly evidence: EvidenceService;
  readonly meetings: MeetingService;
  readonly reviews: ReviewService;
  private bound: {
    db: WriteDb;
    postmortems: PostmortemRepository;
    operations: OperationService;
  } | null = null;

  constructor(private readonly deps: ServiceDeps) {
    const { db } = deps;
    this.evidence = new EvidenceService({
      dataDir: deps.dataDir,
      db,
      now: deps.now,
      onProgress: (p) => deps.events.emit('evidence.importProgress', p),
      prefetch: true,
      finishCaches: deps.finishCaches ?? false,
    });
    this.meetings = new MeetingService({
      db,
      postmortems: () => this.postmortems(),
      operations: () => this.operations(),
      events: deps.events,
      now: () => deps.now().getTime(),
    });
    this.reviews = new ReviewService({
      db,
      operations: () => this.operations(),
      events: deps.events,
      now: () => deps.now().getTime(),
    });
  }

  /** Builds the connection-bound services for a newly opened database (first open, restore). */
  bind(db: WriteDb): PostmortemRepository {
    const postmortems = new PostmortemRepository(db, this.deps.now);
    postmortems.ensureSearchCurrent();
    const operations = new OperationService(db, postmortems, this.deps.now, {
      // Emitted after commit, to every window; the author applies its own reply instead.
      batch: (batch) => this.deps.events.emit('postmortem.ops', batch),
      pinsChanged: (postmortemId) => this.deps.events.emit('evidence.changed', { postmortemId }),
    });
    this.bound = { db, postmortems, operations };
    return postmortems;
  }

  /** The repository of the open database; AppError 'unavailable' while it is damaged. */
  postmortems(): PostmortemRepository {
    return this.current().postmortems;
  }

  operations(): OperationService {
    return this.current().operations;
  }

  dispose(): void {
    this.evidence.close();
    this.bound = null;
  }

  /** dispose(), resolved once the evidence query worker has ended (a host or CLI awaits it). */
  async stop(): Promise<void> {
    this.bound = null;
    await this.evidence.stop();
  }

  private current() {
    const db = this.deps.db();
    if (this.bound?.db !== db) this.bind(db);
    return this.bound!;
  }
}
