/** The exit codes every `priv` command uses: 0 ok, 1 the check failed, 2 usage or input error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
/** One of {@link EXIT}'s values. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
