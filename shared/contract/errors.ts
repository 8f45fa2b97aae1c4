/** What a call can fail with. The window shows `message`; `issues` point at the offending fields. */
export type ApiErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'conflict'
  | 'unknown_channel'
  | 'refused'
  | 'unavailable'
  | 'cancelled'
  | 'internal';

export interface ApiIssue {
  /** Dotted path of the field, e.g. "content.summary.endedAt". */
  path: string;
  message: string;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
}

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: ApiErrorBody };

/** Thrown by back-end services for an expected failure; the dispatcher turns it into an Outcome. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ApiErrorBody {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/** Thrown on the window's side when a call fails, carrying the back end's typed error. */
export class ApiError extends Error {
  constructor(readonly body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
  }
  get code(): ApiErrorCode {
    return this.body.code;
  }
}
