export * from './columns';
export * from './window';
export * from './bucket';
export * from './query';
export * from './results';
export * from './pin';
export * from './staging';
