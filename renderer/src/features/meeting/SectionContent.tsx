import type { ReactNode } from 'react';
import { UserText } from '../../components/UserText';
import { actionArea, type Postmortem } from '../../../../shared/domain';

// Read-only lists of what the room has written, for the facilitator's closing recap (the shared
// screen renders its own, paged: presenter/blocks.tsx).

function Empty({ children }: { children: ReactNode }) {
  return <p className="content-empty">{children}</p>;
}

export function ActionsContent({ doc }: { doc: Postmortem }) {
  if (doc.actions.length === 0) return <Empty>No corrective actions yet.</Empty>;
  return (
    <ul className="content-list">
      {doc.actions.map((a) => (
        <li key={a.id}>
          <strong>{actionArea.labels[a.area]}:</strong>{' '}
          <UserText>{a.description || '(no description)'}</UserText>
          <span className="content-meta">
            {' '}
            — owner:{' '}
            {a.owner ? (
              <UserText>{a.owner}</UserText>
            ) : (
              <span className="content-missing">no owner yet</span>
            )}
            , due: {a.dueDate ?? <span className="content-missing">no date yet</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function ParkingLotContent({ doc }: { doc: Postmortem }) {
  if (doc.parkingLot.length === 0) return <Empty>The parking lot is empty.</Empty>;
  return (
    <ul className="content-list">
      {doc.parkingLot.map((p) => (
        <li key={p.id}>
          <UserText>{p.text}</UserText>
        </li>
      ))}
    </ul>
  );
}
