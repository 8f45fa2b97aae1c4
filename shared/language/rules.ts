/**
 * The blameless-language rules, as data. A team extends them by adding entries here (or by
 * passing `extraRules` to `checkLanguage`): a pattern, why it reads as blame, and a wording that
 * puts the system in the sentence instead of a person.
 *
 * Patterns are regular-expression sources, matched case-insensitively on whole words. Two
 * placeholders stand for people:
 * - `{person}`: a participant's name (from the postmortem, case as written), a role ("the
 *   intern", "ops", "the on-call engineer", "someone") or "he"/"she";
 * - `{anyone}`: any of those, or any capitalised word (a name the postmortem does not know). Use it
 *   only with verbs that only people do ("forgot"), so "Airflow failed to retry" stays neutral.
 */
export interface LanguageRule {
  id: string;
  kind: 'person' | 'judgement' | 'hindsight';
  pattern: string;
  explanation: string;
  suggestion: string;
}

const SLIP =
  "forgot|forgets|forgotten|neglected|neglects|overlooked|overlooks|messed up|screwed up|botched|blundered|fumbled|slipped up|didn['’]?t bother|did not bother|dropped the ball|was careless|were careless|was lazy|was sloppy|(?:pushed|deployed|merged|shipped|approved) (?:a |an |the )?(?:bad|broken|untested|faulty)";

const NEGLECTED =
  'check|test|notice|look|review|validate|verify|follow|read|update|run|catch|see|monitor|escalate|respond|answer|tell|communicate|document|think|bother|care|consider|ask|wait|pay attention|understand|know|realise|realize';

const FAILURE = `missed|misses|ignored|ignores|failed to|fails to|(?:didn['’]?t|did not|never|forgot to|refused to) (?:${NEGLECTED})\\w*|broke|breaks|deleted|dropped|mishandled|misconfigured|misread|skipped|rushed|caused|introduced (?:a |the |an )?(?:bug|regression|outage|error|incident)|took down|brought down|wiped|should have|should['’]ve|was supposed to|were supposed to`;

export const BUILT_IN_RULES: LanguageRule[] = [
  {
    id: 'person-slip',
    kind: 'person',
    pattern: `{anyone}(?:\\s+(?:just|simply|completely|totally|also|again|apparently|obviously|clearly|must have|must've|had|has|have|may have|might have))?\\s+(?:${SLIP})`,
    explanation: 'Names a person as the cause of a failure.',
    suggestion:
      'Say what let the step be missed: "The runbook had no step for …" or "Nothing reminded the on-call to …".',
  },
  {
    id: 'person-failure',
    kind: 'person',
    pattern: `{person}(?:\\s+(?:just|simply|completely|totally|also|again|apparently|accidentally|then|had|has|have|always|never))?\\s+(?:${FAILURE})`,
    explanation: 'Makes a person the subject of a failure.',
    suggestion:
      'Make the system the subject: "The deploy went out without the range check" rather than who pushed it.',
  },
  {
    id: 'failure-by-person',
    kind: 'person',
    pattern: `(?:ignored|missed|overlooked|broken|deleted|forgotten|botched|mishandled|misconfigured|skipped|caused|introduced|pushed|approved)\\s+by\\s+{person}`,
    explanation: 'Names a person as the cause, in the passive.',
    suggestion:
      'Describe the condition: "The alert went unanswered because it paged a muted channel."',
  },
  {
    id: 'persons-error',
    kind: 'person',
    pattern: `{person}(?:'s|’s|s'|s’)\\s+(?:\\w+\\s+)?(?:mistake|fault|error|blunder|oversight|negligence|carelessness|screw-?up|slip|(?:change|commit|deploy|push|merge|script|query|config|PR)\\s+(?:broke|caused|took down|brought down|wiped))`,
    explanation: "Calls the failure a person's mistake.",
    suggestion:
      'Name the gap instead: "The change passed review because the diff did not show the config."',
  },
  {
    id: 'judgement',
    kind: 'judgement',
    pattern:
      "careless(?:ly|ness)?|negligen(?:t|ce|tly)|incompeten(?:t|ce|tly)|sloppy|sloppiness|lazy|laziness|stupid(?:ity|ly)?|dumb|idiot(?:s|ic)?|reckless(?:ly|ness)?|irresponsib(?:le|ly|ility)|clueless|inexcusable|unforgivable|no excuse|dropped the ball|asleep at the wheel|human error|rookie mistake|amateur(?:ish)? mistake|made a (?:\\w+ )?mistake|(?:his|her|their|your|whose) (?:\\w+ )?(?:mistake|fault|blunder)|at fault|to blame|blam(?:e|ed|es|ing)|(?<!page |segmentation |seg)fault(?![- ]?(?:toleran|inject|domain|line|code|isolat|handl|detect|model|free|y))|culprit|guilty|should(?:n['’]?t| not)? have|should['’]ve|ought to have|(?:could|would) have (?:easily |just )?(?:prevented|avoided|caught|noticed|spotted|checked)",
    explanation: 'Judges people rather than describing what happened.',
    suggestion:
      'Describe the decision in its context: "With the information on the dashboard at 02:10, restarting looked safe."',
  },
  {
    id: 'hindsight',
    kind: 'hindsight',
    pattern:
      "obvious(?:ly)?|simply|of course|clearly (?:should|ought|must|wrong|didn['’]?t|did not|never|a mistake)|anyone (?:could|would) have (?:seen|known|noticed|caught|spotted|told)|any (?:competent|good|decent|half-decent|reasonable|sane) (?:engineer|developer|data scientist|analyst|person|reviewer)|no-?brainer|common sense|easy to (?:see|spot|catch|avoid|prevent|notice)|trivially (?:avoidable|preventable)|should (?:be|have been) obvious|it was plain",
    explanation: 'Hindsight: it looks obvious only now that the outcome is known.',
    suggestion:
      'Say what the people involved could see at the time: "At 02:10 the dashboard showed no change in …".',
  },
];

/** Roles and pronouns that stand for a person in `{person}` (matched case-insensitively). */
export const PERSON_WORDS = [
  "(?:the |our |their |an? )?(?:junior |senior |new |on-?call |platform |ml |data |backend |frontend |release |qa |ops |infra(?:structure)? |sre |devops |vendor's |vendor )?(?:engineer|developer|dev|data scientist|scientist|analyst|admin|administrator|operator|dba|tester|reviewer|manager|lead|contractor|intern|hire|person on[- ]?call|person|labell?er|annotator|on-?call|team|sre|devops|ops)s?",
  'ops',
  'devops',
  'sres?',
  'qa',
  'the person on[- ]call',
  'someone',
  'somebody',
  'he',
  'she',
  'they',
];
