/**
 * Reading and immutably writing a value at a dotted path ("purpose.kpis.0.target"). The editor's
 * fields are bound by the same paths the validation issues name, so an error finds its field.
 */
type Container = Record<string, unknown> | unknown[];

export function getIn(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

export function setIn<T>(root: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const write = (node: unknown, depth: number): unknown => {
    const key = keys[depth]!;
    if (node === null || typeof node !== 'object') {
      throw new Error(
        `Cannot set "${path}": "${keys.slice(0, depth).join('.')}" is not an object.`,
      );
    }
    const container = node as Container;
    const current = Array.isArray(container) ? container[Number(key)] : container[key];
    const next = depth === keys.length - 1 ? value : write(current, depth + 1);
    if (Object.is(current, next)) return node;
    if (Array.isArray(container)) {
      const copy = [...container];
      copy[Number(key)] = next;
      return copy;
    }
    return { ...container, [key]: next };
  };
  return write(root, 0) as T;
}
