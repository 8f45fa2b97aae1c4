import {
  diagnosisQuestionId,
  diagnosisStatus,
  SECTIONS,
  type DiagnosisAnswer,
} from '../../../../../shared/domain';
import { useDocValue } from '../../../components/doc-hooks';
import { TextField } from '../../../components/fields';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[2];

export function DiagnosisSection() {
  const answers = useDocValue<DiagnosisAnswer[]>('diagnosis') ?? [];
  return (
    <SectionFrame
      id={section.id}
      number={section.number}
      title={section.title}
      purpose={section.purpose}
      questions={section.questions}
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
              </fieldset>
            </li>
          );
        })}
      </ol>
    </SectionFrame>
  );
}
