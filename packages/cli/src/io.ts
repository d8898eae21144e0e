/** Where a command writes and from where it reads relative paths; `runCli` fills it from `process`. */
export interface CliIo {
  /** Writes to standard output (results). */
  readonly out: (text: string) => void;
  /** Writes to standard error (progress, warnings, errors). */
  readonly err: (text: string) => void;
  /** The folder relative paths are resolved from. */
  readonly cwd: string;
  /** Whether standard error is a terminal (progress is shown only then). */
  readonly errIsTty: boolean;
}
