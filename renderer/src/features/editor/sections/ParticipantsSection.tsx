import { participantRole } from '../../../../../shared/domain';
import { SelectField, TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { SectionFrame } from '../SectionFrame';

export function ParticipantsSection() {
  return (
    <SectionFrame
      id="participants"
      title="Participants"
      purpose="Engineering, data, product and operations look at it together."
      questions={[
        'Who is in the room, and from which team?',
        'Who facilitates, and who takes notes?',
        'Which team that was affected is missing?',
      ]}
    >
      <ItemList
        list="participants"
        noun="Participant"
        addLabel="Add participant"
        emptyText="Nobody listed yet."
        focusField="name"
        make={(doc) => ({
          id: newId(),
          name: '',
          team: '',
          role: doc.participants.some((p) => p.role === 'facilitator')
            ? 'participant'
            : 'facilitator',
        })}
        renderItem={(p) => (
          <div className="grid three">
            <TextField path={`${p}.name`} label="Name" />
            <TextField path={`${p}.team`} label="Team" />
            <SelectField path={`${p}.role`} label="Role" choices={participantRole} />
          </div>
        )}
      />
    </SectionFrame>
  );
}
