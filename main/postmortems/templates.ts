import { AppError } from '../../shared/contract';
import {
  isValidTimeZone,
  postmortemContentSchema,
  type PostmortemContent,
} from '../../shared/domain';
import { blankPostmortem } from '../../shared/domain';

/** The shape shared/template exports; injected so tests and later catalogues can supply their own. */
export interface TemplateCatalogue {
  templates: readonly {
    id: string;
    title: string;
    description: string;
    build(): PostmortemContent;
  }[];
  demoPostmortem: (() => PostmortemContent) | null;
}

export interface NewPostmortemRequest {
  templateId?: string | undefined;
  title?: string | undefined;
  timeZone?: string | undefined;
}

/** The content of a new postmortem: blank, or built from a template, with the caller's overrides. */
export function newContent(
  catalogue: TemplateCatalogue,
  request: NewPostmortemRequest,
): { content: PostmortemContent; templateId: string | null } {
  if (request.timeZone !== undefined && !isValidTimeZone(request.timeZone)) {
    throw new AppError(
      'invalid_input',
      `timeZone: unknown time zone "${request.timeZone}"; use an IANA name such as Europe/Berlin or UTC.`,
      [
        {
          path: 'timeZone',
          message: 'Unknown time zone: use an IANA name such as Europe/Berlin or UTC.',
        },
      ],
    );
  }
  let content: PostmortemContent;
  if (request.templateId === undefined) {
    content = blankPostmortem(request.title, request.timeZone);
  } else {
    const template = catalogue.templates.find((t) => t.id === request.templateId);
    if (!template) {
      const known = catalogue.templates.map((t) => `"${t.id}"`).join(', ') || 'none';
      throw new AppError(
        'not_found',
        `There is no template "${request.templateId}". Known templates: ${known}.`,
      );
    }
    content = template.build();
    if (request.title !== undefined) content = { ...content, title: request.title };
    if (request.timeZone !== undefined) {
      content = { ...content, summary: { ...content.summary, timeZone: request.timeZone } };
    }
  }
  return {
    content: checkedContent(content, request.templateId ?? 'blank'),
    templateId: request.templateId ?? null,
  };
}

/**
 * Templates are our own code, but a template that breaks the schema must fail loudly here rather
 * than store a document the editor cannot save back.
 */
export function checkedContent(content: PostmortemContent, source: string): PostmortemContent {
  const parsed = postmortemContentSchema.safeParse(content);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.map(String).join('.') ?? '';
    throw new Error(`The ${source} content is not valid at ${where}: ${first?.message}`);
  }
  return parsed.data;
}
