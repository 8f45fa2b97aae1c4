import {
  diagnosisQuestionId,
  diagnosisStatus,
  SECTIONS,
  type DiagnosisAnswer,
} from '../../../../../shared/domain';
import { useDocValue } from '../../../components/doc-hooks';
import { useAppStore } from '../../../stores/store';
import { EvidencePanel, PinnedEvidence } from '../../evidence';
import { TextField } from '../../../components/fields';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[2];

export function DiagnosisSection() {
  const answers = useDocValue<DiagnosisAnswer[]>('diagnosis') ?? [];
  const postmortemId = useAppStore((s) => s.editorId);
  return (
    <SectionFrame
      id={section.id}
      number={section.number}
      title={section.title}
      purpose={section.purpose}
      questions={section.questions}
      after={postmortemId ? <EvidencePanel postmortemId={postmortemId} /> : null}
    >
      <ol className="question-list">
        {answers.map((answer, index) => {
          const question = diagnosisQuestionId.labels[answer.question];
          return (
            <li key={answer.question}>
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
                  <PinnedEvidence postmortemId={postmortemId} target={answer.question} />
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
    </SectionFrame>
  );
}
