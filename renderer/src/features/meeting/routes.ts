// Hash routes of the meeting (the app shell maps them to the views).
const ID = '([A-Za-z0-9_-]{1,64})';
export const MEETING_HASH = new RegExp(`^#/meeting/${ID}$`);
export const PRESENTER_HASH = new RegExp(`^#/present/${ID}$`);

export const meetingHash = (postmortemId: string): string => `#/meeting/${postmortemId}`;
export const presenterHash = (postmortemId: string): string => `#/present/${postmortemId}`;

/** The postmortem a meeting route names, or null. */
export function meetingRouteOf(
  hash: string,
): { view: 'meeting' | 'present'; postmortemId: string } | null {
  const meeting = MEETING_HASH.exec(hash);
  if (meeting) return { view: 'meeting', postmortemId: meeting[1]! };
  const present = PRESENTER_HASH.exec(hash);
  return present ? { view: 'present', postmortemId: present[1]! } : null;
}
