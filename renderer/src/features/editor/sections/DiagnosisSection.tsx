import { useShallow } from 'zustand/react/shallow';
import { diagnosisQuestionId, diagnosisStatus, SECTIONS } from '../../../../../shared/domain';
import { newId } from '../../../components/ItemList';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { TextField } from '../../../components/fields';
import { useOpenDocument, useSnapshot } from '../../../data/hooks';
import { EvidencePanel, PinnedEvidence } from '../../evidence';
import { SectionFrame } from '../SectionFrame';
import { AskWhyButton } from '../../analysis';

const section = SECTIONS[2];

/** Which questions there are, in order: the method's six, then the room's own hypotheses. */
function useQuestions() {
  return useSnapshot(
    useShallow((s) =>
      (s.doc?.diagnosis ?? []).map((a) => (a.question === null ? `h:${a.id}` : `q:${a.id}`)),
    ),
  );
}

export function DiagnosisSection() {
  // Only the question order: typing findings must not re-render the evidence workspace.
  const questions = useQuestions();
  const sync = useOpenDocument();
  const { postmortemId } = sync;
  let hypothesis = 0;
  const addHypothesis = () => {
    const id = newId();
    sync.insert('diagnosis', {
      id,
      question: null,
      text: '',
      status: 'not_examined',
      findings: '',
      hint: '',
    });
    requestAnimationFrame(() => document.getElementById(`f-diagnosis-${id}-text`)?.focus());
  };
  return (
    <SectionFrame {...section} after={<EvidencePanel postmortemId={postmortemId} />}>
      <ol className="question-list">
        {questions.map((key) => {
          const id = key.slice(2);
          const own = key.startsWith('h:');
          if (own) hypothesis++;
          const p = `diagnosis#${id}`;
          return (
            <li key={id}>
              <fieldset className="question">
                <legend className="question-text">
                  {own ? `Hypothesis ${hypothesis}` : diagnosisQuestionId.labels[id as never]}
                </legend>
                {own ? (
                  <TextField
                    path={`${p}.text`}
                    label="The question or hypothesis"
                    placeholder="e.g. Did the device-risk vendor change its scale?"
                  />
                ) : null}
                <RadioGroupField path={`${p}.status`} legend="Verdict" choices={diagnosisStatus} />
                <AskWhyButton answerId={id} />
                <TextField
                  path={`${p}.findings`}
                  label="Findings and evidence"
                  multiline
                  rows={2}
                />
                <PinnedEvidence postmortemId={postmortemId} target={id} />
                {own ? (
                  <button
                    type="button"
                    className="button small quiet danger-text"
                    onClick={() => sync.remove('diagnosis', id)}
                    aria-label={`Remove hypothesis ${hypothesis}`}
                  >
                    <span aria-hidden="true">✕</span> Remove
                  </button>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button small add-button" onClick={addHypothesis}>
        <span aria-hidden="true" className="icon">
          +
        </span>
        Add a question or hypothesis of the room’s own
      </button>
    </SectionFrame>
  );
}
