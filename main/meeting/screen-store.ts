import { AppError } from '../../shared/contract';
import {
  ScreenStateSchema,
  type ScreenState,
  type ScreenView,
  type StepId,
} from '../../shared/meeting';
import type { ReadDb, WriteDb } from '../db/handles';

interface ScreenRow {
  step_id: string;
  page: number;
  focus_key: string | null;
  layout_json: string | null;
  evidence_json: string | null;
  revision: number;
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The shared screen of each step of a postmortem's meeting (table meeting_screens). */
export class ScreenStore {
  constructor(private readonly db: WriteDb) {}

  read(postmortemId: string, db: ReadDb = this.db): ScreenState[] {
    const rows = db
      .prepare(
        `SELECT step_id, page, focus_key, layout_json, evidence_json, revision FROM meeting_screens
         WHERE postmortem_id = ? ORDER BY step_id`,
      )
      .all(postmortemId) as ScreenRow[];
    return rows.map((row) => {
      const parsed = ScreenStateSchema.safeParse({
        stepId: row.step_id,
        page: row.page,
        focus: row.focus_key,
        layout: parseJson(row.layout_json),
        evidence: parseJson(row.evidence_json),
        revision: row.revision,
      });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError(
          'unavailable',
          `The shared screen of step "${row.step_id}" of postmortem "${postmortemId}" (table meeting_screens) is not valid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
        );
      }
      return parsed.data;
    });
  }

  /** Stores one step's screen with the next revision of the postmortem's screens. */
  write(postmortemId: string, stepId: StepId, view: ScreenView, stamp: string): void {
    const revision =
      ((this.db
        .prepare('SELECT max(revision) FROM meeting_screens WHERE postmortem_id = ?')
        .pluck()
        .get(postmortemId) as number | null) ?? 0) + 1;
    this.db
      .prepare(
        `INSERT INTO meeting_screens (postmortem_id, step_id, page, focus_key, layout_json,
           evidence_json, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (postmortem_id, step_id) DO UPDATE SET page = excluded.page,
           focus_key = excluded.focus_key, layout_json = excluded.layout_json,
           evidence_json = excluded.evidence_json, revision = excluded.revision,
           updated_at = excluded.updated_at`,
      )
      .run(
        postmortemId,
        stepId,
        view.page,
        view.focus,
        view.layout === null ? null : JSON.stringify(view.layout),
        view.evidence === null ? null : JSON.stringify(view.evidence),
        revision,
        stamp,
      );
  }
}
