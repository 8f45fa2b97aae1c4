import type {
  Block,
  Figure,
  OutlineItem,
  ReportModel,
  TableColumn,
} from '../../../../shared/report';
import { paragraphsOf, sectionHeading } from '../../../../shared/report/text';
import { svgToReact } from './svg-react';

function UserText({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </>
  );
}

function Table({
  columns,
  rows,
  caption,
}: {
  columns: TableColumn[];
  rows: string[][];
  caption?: string | null;
}) {
  return (
    <table>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.label} scope="col" className={c.align === 'right' ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            {columns.map((c, j) => (
              <td key={j} className={c.align === 'right' ? 'num' : undefined}>
                {r[j] ?? ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FigureView({ f }: { f: Figure }) {
  return (
    <figure id={`preview-${f.anchor}`}>
      {f.chart ? (
        svgToReact(f.chart)
      ) : f.table ? (
        <Table columns={f.table.columns} rows={f.table.rows} />
      ) : null}
      {f.problem ? <p className="export-problem">{f.problem}</p> : null}
      <figcaption>
        <strong>Figure {f.number}.</strong> {f.caption}
      </figcaption>
      {f.notes.map((n, i) => (
        <p key={i} className="export-figure-note">
          {n}
        </p>
      ))}
    </figure>
  );
}

/** A nested list: the five-whys chains and the cause tree in words. */
function Outline({ items }: { items: OutlineItem[] }) {
  return (
    <ul className="export-outline">
      {items.map((item, j) => (
        <li key={j}>
          {item.text}
          {item.children.length ? <Outline items={item.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

function Blocks({ blocks, depth, prefix }: { blocks: Block[]; depth: number; prefix: string }) {
  let sub = 0;
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.kind) {
          case 'text':
            return <UserText key={i} text={b.text} />;
          case 'note':
            return (
              <p key={i} className="muted">
                <em>{b.text}</em>
              </p>
            );
          case 'fields':
            return (
              <dl key={i} className="export-fields">
                {b.items.map((item) => (
                  <div key={item.label}>
                    <dt>{item.label}</dt>
                    <dd>{item.value}</dd>
                  </div>
                ))}
              </dl>
            );
          case 'table':
            return <Table key={i} columns={b.columns} rows={b.rows} caption={b.caption} />;
          case 'list':
            return (
              <ul key={i}>
                {b.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </ul>
            );
          case 'tasks':
            return (
              <ul key={i} className="export-tasks">
                {b.items.map((item, j) => (
                  <li key={j}>
                    {item.done ? '☑' : '☐'} {item.text}
                  </li>
                ))}
              </ul>
            );
          case 'outline':
            return <Outline key={i} items={b.items} />;
          case 'figure':
            return <FigureView key={i} f={b} />;
          case 'subsection': {
            sub++;
            const number = `${prefix}${sub}`;
            const Heading = depth >= 4 ? 'h5' : 'h4';
            return (
              <section key={i}>
                <Heading>
                  {number} {b.title}
                </Heading>
                {b.tag ? <p className="export-tag">{b.tag}</p> : null}
                <Blocks blocks={b.blocks} depth={depth + 1} prefix={`${number}.`} />
              </section>
            );
          }
          default: {
            // A block kind added to the model fails the type check here until it is shown.
            const unshown: never = b;
            return unshown;
          }
        }
      })}
    </>
  );
}

/** The report on screen, from the same model the PDF and the Markdown are made of. */
export function ReportPreview({ model }: { model: ReportModel }) {
  const tp = model.titlePage;
  return (
    <article className="export-preview-page" aria-label={`Preview of the report: ${model.title}`}>
      {model.draft ? (
        <p className="export-draft">{model.statusLabel}: this report is not final.</p>
      ) : null}
      <h3 className="export-title">{model.title}</h3>
      {tp.model ? <p>{tp.model}</p> : null}
      <dl className="export-fields">
        {tp.fields.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      {tp.summary ? <UserText text={tp.summary} /> : null}
      {tp.impact ? (
        <p>
          <strong>Impact:</strong> {tp.impact}
        </p>
      ) : null}
      {tp.topActions.length ? (
        <>
          <p>
            <strong>Top actions</strong>
          </p>
          <ul className="export-tasks">
            {tp.topActions.map((a, i) => (
              <li key={i}>
                {a.done ? '☑' : '☐'} {a.text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {tp.participants.length ? (
        <p>
          <strong>Participants:</strong>{' '}
          {tp.participants
            .map((p) => `${p.name} (${[p.role, p.team].filter(Boolean).join(', ')})`)
            .join('; ')}
        </p>
      ) : null}
      {model.sections.map((s) => (
        <section key={s.id} aria-label={sectionHeading(s)}>
          <h4 className="export-section-title">{sectionHeading(s)}</h4>
          <Blocks blocks={s.blocks} depth={4} prefix={`${s.number}.`} />
        </section>
      ))}
    </article>
  );
}
