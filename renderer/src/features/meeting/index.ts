// Facilitated meeting mode: the facilitator's screen and the presenter view for screen sharing.
export { MeetingView, type MeetingViewProps } from './MeetingView';
export { PresenterView, type PresenterViewProps } from './PresenterView';
export { meetingHash, meetingRouteOf, presenterHash, MEETING_HASH, PRESENTER_HASH } from './routes';
export { useMeetingStore } from './store';
