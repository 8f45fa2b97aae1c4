// Follow-up reviews: the second meeting kind, walking open actions. Pure: no Node, no DOM.
export * from './types';
export * from './agenda';
export * from './outcome';
