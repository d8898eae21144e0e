import { EXIT, type ExitCode } from './exit-code.js';

/** What went wrong with the input, machine-readable. */
export type CliErrorCode =
  | 'usage'
  | 'not_found'
  | 'not_a_file'
  | 'is_directory'
  | 'unreadable'
  | 'symlink_loop'
  | 'too_big'
  | 'binary'
  | 'invalid_json'
  | 'invalid_manifest'
  | 'invalid_mapping'
  | 'invalid_module'
  | 'git_failed'
  | 'invalid_option'
  | 'write_failed';

/**
 * A usage or input error: one clear line for a person (`message`), the file or option it is about
 * (`path`), and the exit code (2 unless said otherwise). Commands throw it; `runCli` prints
 * `priv: <message>` and never a stack trace.
 *
 * @example
 * import { CliError } from '@priv/cli';
 *
 * const error = new CliError('not_found', 'privacy.json', 'privacy.json: no such file'); // a command throws it
 * error.code; // 'not_found'
 * error.path; // 'privacy.json'
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly code: CliErrorCode;
  readonly path: string;
  readonly exitCode: ExitCode;

  constructor(code: CliErrorCode, path: string, message: string, exitCode: ExitCode = EXIT.usage) {
    super(message);
    this.code = code;
    this.path = path;
    this.exitCode = exitCode;
  }
}
