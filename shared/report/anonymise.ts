import { participantRole, type ParticipantRole } from '../domain';

export interface Person {
  id: string;
  name: string;
  role: ParticipantRole;
}

export interface Redactor {
  /** The person's name, or their role when anonymised. */
  nameOf(person: { id: string; name: string }): string;
  /** Free text with every participant's name (and its parts) replaced by their role. */
  text(value: string): string;
}

const NONE: Redactor = { nameOf: (p) => p.name, text: (v) => v };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Names replaced by roles "everywhere": the participants list, attendance, owners, and any text
 * that mentions a name (findings, captions, chart labels). Roles shared by several people are
 * numbered ("Participant 2") so the report still tells them apart. Whole names go first, then
 * each part of three letters or more ("Priya" alone), matched as whole words.
 */
export function redactor(people: readonly Person[], anonymise: boolean): Redactor {
  if (!anonymise || people.length === 0) return NONE;
  const byRole = new Map<ParticipantRole, Person[]>();
  for (const p of people) byRole.set(p.role, [...(byRole.get(p.role) ?? []), p]);
  const labels = new Map<string, string>();
  for (const [role, group] of byRole) {
    group.forEach((p, i) => {
      const base = participantRole.labels[role];
      labels.set(p.id, group.length > 1 ? `${base} ${i + 1}` : base);
    });
  }
  const replacements = new Map<string, string>();
  const add = (key: string, label: string) => {
    const k = key.trim();
    if (k.length >= 2 && !replacements.has(k.toLowerCase()))
      replacements.set(k.toLowerCase(), label);
  };
  for (const p of people) add(p.name, labels.get(p.id) ?? 'Participant');
  for (const p of people) {
    for (const part of p.name.split(/[\s,.]+/)) {
      if (part.length >= 3) add(part, labels.get(p.id) ?? 'Participant');
    }
  }
  const keys = [...replacements.keys()].sort((a, b) => b.length - a.length);
  if (keys.length === 0) return NONE;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return {
    nameOf: (p) => labels.get(p.id) ?? replacements.get(p.name.trim().toLowerCase()) ?? p.name,
    text: (value) =>
      value.replace(pattern, (match) => replacements.get(match.toLowerCase()) ?? match),
  };
}
