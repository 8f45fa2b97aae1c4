import type { SearchHit } from '../../../../shared/search/types';

/** Where a search matched and the words around it, the matched words marked. */
export function Snippet({ hit }: { hit: SearchHit }) {
  if (hit.snippet === '') return null;
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of hit.highlights) {
    if (start > at) parts.push({ text: hit.snippet.slice(at, start), mark: false });
    parts.push({ text: hit.snippet.slice(start, end), mark: true });
    at = end;
  }
  if (at < hit.snippet.length) parts.push({ text: hit.snippet.slice(at), mark: false });
  return (
    <p className="row-snippet">
      <span className="meta-label">{hit.where}</span>{' '}
      <bdi dir="auto">
        {parts.map((p, i) =>
          p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
        )}
      </bdi>
      {hit.matches > 1 ? <span className="muted"> · {hit.matches} places match</span> : null}
    </p>
  );
}
