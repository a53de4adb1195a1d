// Every npm script parses its arguments here: `--help` prints its usage and exits 0; a wrong call prints the usage and
// exits 2, never a stack trace.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

const help = { help: { type: 'boolean', short: 'h' } } as const;

export function parseCli<const O extends ParseArgsOptionsConfig>(usage: string, options: O, { positionals = false } = {}) {
  const config = { options: { ...options, ...help }, allowPositionals: positionals, strict: true } as const;
  let parsed: ReturnType<typeof parseArgs<typeof config>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    return usageError(usage, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  return parsed;
}

/** Ends a wrong call: the reason and the usage on stderr, exit code 2. */
export function usageError(usage: string, message: string): never {
  console.error(`error: ${message}\n${usage}`);
  process.exit(2);
}

/** A whole number of at least 1 from a string option, or a usage error naming the option. */
export function positiveInt(usage: string, name: string, value: string | undefined): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < 1) usageError(usage, `--${name} must be a positive integer`);
  return number;
}

/** The one command word a script takes (`start`, `stop`…), or a usage error. */
export function oneCommand<const C extends string>(usage: string, positionals: string[], commands: readonly C[]): C {
  const [command, ...rest] = positionals;
  if (rest.length || !commands.includes(command as C)) usageError(usage, `give one of ${commands.join(', ')}`);
  return command as C;
}
