import { lessonPromptId, SECTIONS, type Lesson } from '../../../../../shared/domain';
import { useDocValue } from '../../../components/doc-hooks';
import { TextField } from '../../../components/fields';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[6];

export function LessonsSection() {
  const lessons = useDocValue<Lesson[]>('lessons') ?? [];
  return (
    <SectionFrame
      id={section.id}
      number={section.number}
      title={section.title}
      purpose={section.purpose}
      questions={section.questions}
    >
      {lessons.map((lesson, index) => (
        <TextField
          key={lesson.prompt}
          path={`lessons.${index}.answer`}
          label={lessonPromptId.labels[lesson.prompt]}
          multiline
          rows={3}
        />
      ))}
    </SectionFrame>
  );
}
