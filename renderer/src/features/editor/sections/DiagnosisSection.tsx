import { useShallow } from 'zustand/react/shallow';
import { diagnosisQuestionId, diagnosisStatus, SECTIONS } from '../../../../../shared/domain';
import { useAppStore } from '../../../stores/store';
import { EvidencePanel, PinnedEvidence } from '../../evidence';
import { TextField } from '../../../components/fields';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[2];

export function DiagnosisSection() {
  // Only the question order: typing findings must not re-render the evidence workspace.
  const questions = useAppStore(
    useShallow((s) => s.history?.present.diagnosis.map((a) => a.question) ?? []),
  );
  const postmortemId = useAppStore((s) => s.editorId);
  return (
    <SectionFrame
      {...section}
      after={postmortemId ? <EvidencePanel postmortemId={postmortemId} /> : null}
    >
      <ol className="question-list">
        {questions.map((questionId, index) => {
          const question = diagnosisQuestionId.labels[questionId];
          return (
            <li key={questionId}>
              <fieldset className="question">
                <legend className="question-text">{question}</legend>
                <RadioGroupField
                  path={`diagnosis.${index}.status`}
                  legend="Verdict"
                  choices={diagnosisStatus}
                />
                <TextField
                  path={`diagnosis.${index}.findings`}
                  label="Findings and evidence"
                  multiline
                  rows={2}
                />
                {postmortemId ? (
                  <PinnedEvidence postmortemId={postmortemId} target={questionId} />
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
    </SectionFrame>
  );
}
