export * from './enums';
export * from './fields';
export * from './postmortem';
export * from './blank';
export * from './sections';
export * from './warnings';
export * from './analysis';
export * from './cause-tree';
