export { checkLanguage, occurrenceKeys, type LanguageFinding, type LanguageOptions } from './check';
export { BUILT_IN_RULES, type LanguageRule } from './rules';
