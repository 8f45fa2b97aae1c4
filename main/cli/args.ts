/** A mistake in the command line: shown as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  flags: Map<string, string>;
  switches: Set<string>;
}

/**
 * `command [positionals] --flag value --flag=value --switch`. Only the listed flags and switches
 * are accepted, so a typo is refused instead of silently ignored.
 */
export function parseArgs(
  argv: readonly string[],
  known: { flags: readonly string[]; switches: readonly string[] },
): ParsedArgs {
  const [command, ...rest] = argv;
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (known.switches.includes(name)) {
      if (eq !== -1) throw new UsageError(`--${name} takes no value.`);
      switches.add(name);
      continue;
    }
    if (!known.flags.includes(name)) throw new UsageError(`Unknown option --${name}.`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new UsageError(`--${name} needs a value.`);
      }
      i++;
    }
    if (flags.has(name)) throw new UsageError(`--${name} is given twice.`);
    flags.set(name, value);
  }
  return { command: command?.startsWith('--') ? undefined : command, positionals, flags, switches };
}

export function required(args: ParsedArgs, name: string, usage: string): string {
  const value = args.flags.get(name);
  if (value === undefined || value.trim() === '') {
    throw new UsageError(`--${name} is required. ${usage}`);
  }
  return value;
}
