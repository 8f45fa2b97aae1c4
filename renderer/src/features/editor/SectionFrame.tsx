import { useContext, type ReactNode } from 'react';
import { ShowGuideContext } from './guide-context';

interface Props {
  id: string;
  number?: number;
  title: string;
  purpose: string;
  questions: readonly string[];
  children: ReactNode;
  /** Full-width content below the questions and fields (e.g. the evidence workspace). */
  after?: ReactNode;
}

export function sectionDomId(id: string): string {
  return `section-${id}`;
}

/** One part of the document: the method's guiding questions beside the fields that answer them. */
export function SectionFrame({ id, number, title, purpose, questions, children, after }: Props) {
  const headingId = `${sectionDomId(id)}-heading`;
  const showGuide = useContext(ShowGuideContext);
  return (
    <section id={sectionDomId(id)} className="doc-section" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId} tabIndex={-1}>
          {number !== undefined ? <span className="section-number">{number}.</span> : null} {title}
        </h2>
        <p className="section-purpose">{purpose}</p>
      </header>
      <div className={showGuide ? 'section-body' : 'section-body without-guide'}>
        {showGuide ? (
          <aside className="guide" aria-label={`Guiding questions: ${title}`}>
            <h3 className="guide-title">Ask the room</h3>
            <ul>
              {questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </aside>
        ) : null}
        <div className="section-fields">{children}</div>
      </div>
      {after ? <div className="section-after">{after}</div> : null}
    </section>
  );
}
