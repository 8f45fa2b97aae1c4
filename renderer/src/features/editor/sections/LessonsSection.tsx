import { useShallow } from 'zustand/react/shallow';
import { lessonPromptId, SECTIONS } from '../../../../../shared/domain';
import { TextField } from '../../../components/fields';
import { useAppStore } from '../../../stores/store';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[6];

export function LessonsSection() {
  const prompts = useAppStore(
    useShallow((s) => s.history?.present.lessons.map((l) => l.prompt) ?? []),
  );
  return (
    <SectionFrame {...section}>
      {prompts.map((prompt, index) => (
        <TextField
          key={prompt}
          path={`lessons.${index}.answer`}
          label={lessonPromptId.labels[prompt]}
          multiline
          rows={3}
        />
      ))}
    </SectionFrame>
  );
}
