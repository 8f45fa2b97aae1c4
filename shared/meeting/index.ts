// Facilitated meeting mode: agenda, commands, derived clock and log. Pure: no Node, no DOM.
export * from './types';
export * from './limits';
export * from './agenda';
export * from './create';
export * from './reducer';
export * from './clock';
export * from './log';
export * from './format';
export * from './parse';
export * from './shortcuts';
export * from './guidance';
export * from './screen';
export { replayEvents, timingsAt, type MeetingReplay, type MeetingTimings } from './replay';
