import { useShallow } from 'zustand/react/shallow';
import { lessonPromptId, SECTIONS } from '../../../../../shared/domain';
import { TextField } from '../../../components/fields';
import { useSnapshot } from '../../../data/hooks';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[6];

export function LessonsSection() {
  const prompts = useSnapshot(useShallow((s) => (s.doc?.lessons ?? []).map((l) => l.prompt)));
  return (
    <SectionFrame {...section}>
      {prompts.map((prompt) => (
        <TextField
          key={prompt}
          path={`lessons#${prompt}.answer`}
          label={lessonPromptId.labels[prompt]}
          multiline
          rows={3}
        />
      ))}
    </SectionFrame>
  );
}
