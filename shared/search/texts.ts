import { getAt } from '../doc/apply';
import { fieldPath } from '../doc/paths';
import { DOC_FIELDS, LISTS, docFields, listNames } from '../doc/registry';
import type { PostmortemContent } from '../domain';

/**
 * The fields search reads: every field the registry marks as free text, the postmortem's own and
 * every list's. A list added to the registry later is searched with no change here.
 */
export function searchedFields(): string[] {
  const fields = docFields.filter((f) => DOC_FIELDS[f].text).map((f) => `doc.${f}`);
  for (const list of listNames) {
    const specs: Record<string, { text: boolean }> = LISTS[list].fields;
    for (const [name, spec] of Object.entries(specs)) if (spec.text) fields.push(`${list}.${name}`);
  }
  return fields.sort();
}

/** What search stores about them: one line naming the searched fields, to spot a registry change. */
export const searchedFieldsSignature = (): string => searchedFields().join(',');

/** Every non-empty text of a postmortem, by field path ('summary.whatHappened', 'actions#a1.owner'). */
export function textsOf(content: PostmortemContent): Map<string, string> {
  const texts = new Map<string, string>();
  for (const field of docFields) {
    if (!DOC_FIELDS[field].text) continue;
    const value = getAt(content, field);
    if (typeof value === 'string' && value.trim() !== '') texts.set(field, value);
  }
  for (const list of listNames) {
    const specs: Record<string, { text: boolean }> = LISTS[list].fields;
    const textFields = Object.keys(specs).filter((name) => specs[name]!.text);
    if (textFields.length === 0) continue;
    const items = getAt(content, LISTS[list].path) as ({ id: string } & Record<string, unknown>)[];
    for (const item of items) {
      for (const name of textFields) {
        const value = item[name];
        if (typeof value === 'string' && value.trim() !== '') {
          texts.set(fieldPath({ list, id: item.id, field: name }), value);
        }
      }
    }
  }
  return texts;
}
