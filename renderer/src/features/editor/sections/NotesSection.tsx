import { TextField } from '../../../components/fields';
import { ItemList, newId } from '../../../components/ItemList';
import { SectionFrame } from '../SectionFrame';

/** What the room set aside to come back to, and the scribe's notes; both go in the report. */
export function NotesSection() {
  return (
    <SectionFrame
      id="notes"
      title="Parking lot and notes"
      purpose="Park what is off-topic so the meeting stays on time, and come back to it at the end."
      questions={[
        'What came up that does not belong to this step?',
        'Who takes each parked item forward after the meeting?',
      ]}
    >
      <h3 className="subheading">Parking lot</h3>
      <ItemList
        list="parkingLot"
        noun="Parking-lot item"
        addLabel="Add parking-lot item"
        emptyText="Nothing parked."
        focusField="text"
        make={() => ({ id: newId(), text: '', createdAt: new Date().toISOString() })}
        renderItem={(p) => <TextField path={`${p}.text`} label="Parked item" multiline rows={2} />}
      />
      <h3 className="subheading">Notes</h3>
      <ItemList
        list="notes"
        noun="Note"
        addLabel="Add note"
        emptyText="No note yet. Notes captured during the meeting appear here with their step."
        focusField="text"
        make={() => ({ id: newId(), text: '', step: '', createdAt: new Date().toISOString() })}
        renderItem={(p, note) => (
          <TextField
            path={`${p}.text`}
            label={note.step ? `Note (said during ${note.step})` : 'Note'}
            multiline
            rows={2}
          />
        )}
      />
    </SectionFrame>
  );
}
