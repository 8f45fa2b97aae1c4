// The fields read and write the open document through the server-state hooks.
export { fieldId, useDocSetter, useDocValue, useFieldError } from '../data/hooks';
