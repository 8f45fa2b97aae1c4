import { actionArea } from '../../../../shared/domain';
import type { Trends } from '../../../../shared/trends/types';

/** Did the actions work? Each reviewed action's last follow-up outcome, per area. */
export function ReviewOutcomesTable({ trends }: { trends: Trends }) {
  const reviewed = trends.reviewOutcomes.some((r) => r.yes + r.no + r.unknown > 0);
  return (
    <section aria-labelledby="trend-worked">
      <h2 id="trend-worked">Did the actions work?</h2>
      {reviewed ? (
        <table className="trend-table">
          <caption className="visually-hidden">Follow-up review outcomes by area</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Worked</th>
              <th scope="col">Did not work</th>
              <th scope="col">Not yet known</th>
            </tr>
          </thead>
          <tbody>
            {trends.reviewOutcomes.map((r) => (
              <tr key={r.area}>
                <th scope="row">{actionArea.labels[r.area]}</th>
                <td>{r.yes}</td>
                <td>{r.no}</td>
                <td>{r.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No follow-up review has recorded an outcome yet.</p>
      )}
    </section>
  );
}
