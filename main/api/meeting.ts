import type { meetingCalls } from '../../shared/contract/meeting';
import type { ApiContext } from './context';
import type { HandlerGroup } from './handler-group';

export function meetingHandlers(ctx: ApiContext): HandlerGroup<typeof meetingCalls> {
  const meetings = () => ctx.services.meetings;
  return {
    'meeting.get': ({ postmortemId }) => meetings().get(postmortemId),
    'meeting.command': ({ postmortemId, command }) => meetings().command(postmortemId, command),
    'meeting.setAttendance': ({ postmortemId, participantId, present }) =>
      meetings().setAttendance(postmortemId, participantId, present),
    'meeting.setFollowUp': ({ postmortemId, date }) => meetings().setFollowUp(postmortemId, date),
    'meeting.screen': ({ postmortemId, command }) => meetings().screen(postmortemId, command),
    'meeting.capture': (input) => meetings().capture(input),
    'meeting.log': ({ postmortemId }) => meetings().log(postmortemId),
  };
}
