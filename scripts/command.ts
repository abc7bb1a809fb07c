// What the editor commands (new, import) share: reading the command line, failing with a one-line
// message (and the usage when the command line was wrong), and never ending in a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A command's name, as messages start with it, and its usage text. */
export interface Command {
  name: string;
  usage: string;
}

/** Prints `<name>: <message>` (with the usage when asked) and exits 1. */
export function fail(command: Command, message: string, showUsage = false): never {
  console.error(`${command.name}: ${message}${showUsage ? `\n\n${command.usage}` : ''}`);
  process.exit(1);
}

/**
 * The command line, parsed by `config` (which should accept `help`, short `h`); undefined after
 * printing the usage for `--help`. A wrong command line fails with its message and the usage.
 */
export function parseCommand<const T extends ParseArgsConfig>(
  command: Command,
  config: T,
): ReturnType<typeof parseArgs<T>> | undefined {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (error) {
    fail(command, error instanceof Error ? error.message : String(error), true);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(command.usage);
    return undefined;
  }
  return parsed;
}

/** Runs `main`; an unexpected failure ends with one line and exit code 2, as `check` does. */
export function runCommand(command: Command, main: () => void): void {
  try {
    main();
  } catch (error) {
    console.error(`${command.name} could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
