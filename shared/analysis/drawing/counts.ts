import { rootCauseLayer, type RootCauseLayer } from '../../domain';

interface Counted {
  layer: RootCauseLayer | null;
  rootCause: boolean;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "12 causes, 4 of them root causes. Data: 3 (1 root cause); …": the drawings' descriptions. */
export function countsText(causes: readonly Counted[]): string {
  if (causes.length === 0) return 'No causes yet.';
  const roots = causes.filter((c) => c.rootCause).length;
  const perLayer = [...rootCauseLayer.values, null]
    .map((layer) => {
      const of = causes.filter((c) => c.layer === layer);
      if (of.length === 0) return null;
      const r = of.filter((c) => c.rootCause).length;
      const name = layer ? rootCauseLayer.labels[layer] : 'No layer yet';
      return `${name}: ${of.length}${r ? ` (${plural(r, 'root cause', 'root causes')})` : ''}`;
    })
    .filter((s): s is string => s !== null);
  return (
    `${plural(causes.length, 'cause', 'causes')}, ${plural(roots, 'root cause', 'root causes')}. ` +
    `${perLayer.join('; ')}.`
  );
}
