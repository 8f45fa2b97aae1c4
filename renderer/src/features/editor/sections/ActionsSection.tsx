import { actionArea, actionStatus, SECTIONS } from '../../../../../shared/domain';
import { DateField, SelectField, TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { useOpenDocument } from '../../../data/hooks';
import { ActionLastReview } from '../../review/LastReviewLine';
import { SectionFrame } from '../SectionFrame';
import { CauseLinks } from './CauseLinks';

const section = SECTIONS[5];

export function ActionsSection() {
  const { postmortemId } = useOpenDocument();
  return (
    <SectionFrame {...section}>
      <ItemList
        list="actions"
        noun="Action"
        addLabel="Add corrective action"
        emptyText="No action yet. Each one needs an area, one owner and a date."
        focusField="description"
        reorderable
        make={() => ({
          id: newId(),
          area: 'prevention',
          description: '',
          owner: '',
          dueDate: null,
          status: 'open',
          reviewDate: null,
          hint: '',
        })}
        renderItem={(p, action) => (
          <>
            <TextField path={`${p}.description`} label="What we will do" multiline rows={2} />
            <div className="grid two">
              <TextField path={`${p}.owner`} label="Owner" placeholder="One person or team" />
              <SelectField path={`${p}.area`} label="Area" choices={actionArea} />
            </div>
            <div className="grid three">
              <SelectField path={`${p}.status`} label="Status" choices={actionStatus} />
              <DateField path={`${p}.dueDate`} label="Due date" />
              <DateField path={`${p}.reviewDate`} label="Review date" />
            </div>
            <CauseLinks actionId={action.id} />
            <ActionLastReview postmortemId={postmortemId} actionId={action.id} />
          </>
        )}
      />
    </SectionFrame>
  );
}
