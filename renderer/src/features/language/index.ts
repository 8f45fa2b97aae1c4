export { LanguageHints } from './LanguageHints';
