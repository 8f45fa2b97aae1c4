import { rootCauseLayer, SECTIONS } from '../../../../../shared/domain';
import { SelectField, TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { SectionFrame } from '../SectionFrame';
import { SimilarIncidents } from './SimilarIncidents';
import { CauseDiagrams } from '../../analysis/drawn';
import { AnalysisPanel, CauseOrigin, CoverageView } from '../../analysis';

const section = SECTIONS[3];

export function RootCausesSection() {
  return (
    // The diagrams take the section's whole width, under its two columns: the fishbone needs
    // about 900 px, and in the fields' column its incident was scrolled out of view.
    <SectionFrame {...section} after={<CauseDiagrams />}>
      <AnalysisPanel />
      <h3 className="subsection-title">Root causes</h3>
      <ItemList
        list="rootCauses"
        noun="Root cause"
        addLabel="Add root cause"
        emptyText="No root cause yet. There are usually several, in different layers."
        focusField="layer"
        reorderable
        make={() => ({ id: newId(), layer: 'data', description: '', hint: '' })}
        renderItem={(p, cause) => (
          <>
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
            <CauseOrigin causeId={cause.id} />
          </>
        )}
      />
      <CoverageView />
      <SimilarIncidents />
    </SectionFrame>
  );
}
