import { rootCauseLayer, SECTIONS } from '../../../../../shared/domain';
import { SelectField, TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { SectionFrame } from '../SectionFrame';
import { SimilarIncidents } from './SimilarIncidents';
import { CauseDiagrams } from '../../analysis/drawn';

const section = SECTIONS[3];

export function RootCausesSection() {
  return (
    <SectionFrame {...section}>
      <ItemList
        list="rootCauses"
        noun="Root cause"
        addLabel="Add root cause"
        emptyText="No root cause yet. There are usually several, in different layers."
        focusField="layer"
        reorderable
        make={() => ({ id: newId(), layer: 'data', description: '', hint: '' })}
        renderItem={(p) => (
          <div className="grid cause">
            <SelectField path={`${p}.layer`} label="Layer" choices={rootCauseLayer} />
            <TextField
              path={`${p}.description`}
              label="Description"
              multiline
              rows={2}
              placeholder="The condition in the system, not the person"
            />
          </div>
        )}
      />
      <SimilarIncidents />
      {/* Until issue 8's root-cause section lands, the diagrams sit under the list. */}
      <CauseDiagrams />
    </SectionFrame>
  );
}
