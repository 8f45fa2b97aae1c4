import { SECTIONS, taskType } from '../../../../../shared/domain';
import { NumberField, SelectField, TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { SectionFrame } from '../SectionFrame';

const section = SECTIONS[1];

export function PurposeSection() {
  return (
    <SectionFrame {...section}>
      <TextField path="purpose.objective" label="Business objective" multiline rows={3} />
      <SelectField
        path="purpose.taskType"
        label="Kind of task"
        choices={taskType}
        emptyLabel="Not set"
      />
      <h3 className="subheading">KPIs and their targets</h3>
      <ItemList
        list="kpis"
        noun="KPI"
        addLabel="Add KPI"
        emptyText="No KPI yet. Which numbers tell whether the model does its job?"
        focusField="name"
        make={() => ({ id: newId(), name: '', target: null, unit: '', note: '' })}
        renderItem={(p) => (
          <div className="grid three">
            <TextField path={`${p}.name`} label="Name" placeholder="e.g. precision" />
            <NumberField path={`${p}.target`} label="Target" />
            <TextField path={`${p}.unit`} label="Unit" placeholder="e.g. %" />
            <TextField path={`${p}.note`} label="Note" placeholder="e.g. measured weekly" />
          </div>
        )}
      />
      <h3 className="subheading">Accepted risks</h3>
      <ItemList
        list="acceptedRisks"
        noun="Accepted risk"
        addLabel="Add accepted risk"
        emptyText="No accepted risk yet, e.g. a false-positive rate the business tolerates."
        focusField="name"
        make={() => ({ id: newId(), name: '', value: null, unit: '', note: '' })}
        renderItem={(p) => (
          <div className="grid three">
            <TextField path={`${p}.name`} label="Name" placeholder="e.g. false-positive rate" />
            <NumberField path={`${p}.value`} label="Value" />
            <TextField path={`${p}.unit`} label="Unit" placeholder="e.g. %" />
            <TextField path={`${p}.note`} label="Note" placeholder="e.g. agreed with payments" />
          </div>
        )}
      />
    </SectionFrame>
  );
}
