import { demoPostmortem, templates } from '../../shared/template';
import type { TemplateCatalogue } from './templates';

export const sharedTemplates: TemplateCatalogue = { templates, demoPostmortem };
