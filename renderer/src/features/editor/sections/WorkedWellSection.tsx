import { SECTIONS } from '../../../../../shared/domain';
import { TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[4];

export function WorkedWellSection() {
  return (
    <SectionFrame {...section}>
      <ItemList
        list="workedWell"
        noun="Worked well"
        addLabel="Add what worked well"
        emptyText="Nothing listed yet. What helped us detect, understand or recover?"
        focusField="text"
        make={() => ({ id: newId(), text: '' })}
        renderItem={(p) => (
          <TextField path={`${p}.text`} label="What worked well" multiline rows={2} />
        )}
      />
    </SectionFrame>
  );
}
