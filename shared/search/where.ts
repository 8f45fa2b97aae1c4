import { parseFieldPath } from '../doc/paths';
import { DOC_FIELDS, LISTS } from '../doc/registry';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const bare = (label: string) => label.replace(/^the /, '');

/** Where a search hit is, in words: "What happened", "Action (owner)", "Evidence file". */
export function whereOf(key: string): string {
  if (key.startsWith('evidence:')) return 'Evidence file';
  if (key.startsWith('pin:')) return 'Pinned evidence';
  if (key.startsWith('finding:')) return 'Cited drift finding';
  const target = parseFieldPath(key);
  if (!target) return 'Postmortem';
  if (target.list === 'doc') return capital(bare(DOC_FIELDS[target.field].label));
  const spec = LISTS[target.list];
  const fields: Record<string, { text: boolean; label: string }> = spec.fields;
  const texts = Object.values(fields).filter((f) => f.text).length;
  const field = fields[target.field];
  const noun = capital(spec.noun);
  return texts > 1 && field ? `${noun} (${bare(field.label)})` : noun;
}
