import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { CliError } from './cli-error.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { renderCommand, type PolicyFormat } from './commands/render.js';
import { scanCommand, type ScanFormat } from './commands/scan.js';
import { sqlCommand } from './commands/sql.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, type ExitCode } from './exit-code.js';
import type { CliIo } from './io.js';
import { DEFAULT_MANIFEST } from './manifest/load-manifest.js';

type Format = 'text' | 'json';

function build(io: CliIo, setCode: (code: ExitCode) => void): Command {
  const program = new Command('priv')
    .description('The privacy manifest as a CI gate. Exit codes: 0 ok, 1 the check failed, 2 usage or input error.')
    .version(pkg.version)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showSuggestionAfterError(true);
  const manifestArg = `the manifest: a JSON file, a JS/TS module exporting one, or REV:PATH (default ${DEFAULT_MANIFEST})`;
  const exportOption = new Option('--export <name>', 'for a JS/TS module: the export holding the manifest');
  const textOrJson = () => new Option('--format <format>', 'output format').choices(['text', 'json']).default('text');
  const pick = (opts: { format: Format; json?: boolean }): Format => (opts.json ? 'json' : opts.format);

  program
    .command('validate')
    .description('validate a manifest; each problem with its path and, for JSON, line and column')
    .argument('[manifest]', manifestArg, DEFAULT_MANIFEST)
    .addOption(textOrJson())
    .option('--json', 'same as --format json')
    .addOption(exportOption)
    .action(async (spec: string, opts: { format: Format; json?: boolean; export?: string }) => {
      setCode(await validateCommand(spec, { format: pick(opts), ...(opts.export ? { exportName: opts.export } : {}) }, io));
    });

  program
    .command('render')
    .description('render the policy text')
    .argument('[manifest]', manifestArg, DEFAULT_MANIFEST)
    .addOption(new Option('--format <format>', 'md or html').choices(['md', 'html']).default('md'))
    .option('--out <file>', 'write to a file instead of stdout')
    .addOption(exportOption)
    .action(async (spec: string, opts: { format: PolicyFormat; out?: string; export?: string }) => {
      setCode(
        await renderCommand(spec, { format: opts.format, ...(opts.out ? { out: opts.out } : {}), ...(opts.export ? { exportName: opts.export } : {}) }, io),
      );
    });

  program
    .command('check')
    .description('fail with a diff when the published text is not what the manifest renders')
    .argument('[manifest]', manifestArg, DEFAULT_MANIFEST)
    .requiredOption('--published <file>', 'the published policy text')
    .addOption(new Option('--format <format>', 'md or html (default: from the file extension)').choices(['md', 'html']))
    .option('--write', 'update the published file instead of failing', false)
    .addOption(exportOption)
    .action(async (spec: string, opts: { published: string; format?: PolicyFormat; write: boolean; export?: string }) => {
      setCode(
        await checkCommand(
          spec,
          {
            published: opts.published,
            write: opts.write,
            ...(opts.format ? { format: opts.format } : {}),
            ...(opts.export ? { exportName: opts.export } : {}),
          },
          io,
        ),
      );
    });

  program
    .command('diff')
    .description(
      'the changes between two versions, material or minor and why, and the notice plan; fails when the effective date gives less notice than promised',
    )
    .argument('<old>', 'the old version: a file or REV:PATH (HEAD~1:privacy.json)')
    .argument('<new>', 'the new version')
    .requiredOption('--published-at <date>', 'when the new version is published: YYYY-MM-DD (start of day in the zone) or an ISO date-time with Z or an offset')
    .option('--effective <date>', "the planned effective date: YYYY-MM-DD, or 'manifest' for NEW's effectiveDate (default: the earliest allowed)")
    .option('--time-zone <zone>', "the zone whose calendar counts the days (default: the new manifest's timeZone)")
    .addOption(textOrJson())
    .option('--json', 'same as --format json')
    .action(async (oldSpec: string, newSpec: string, opts: { publishedAt: string; effective?: string; timeZone?: string; format: Format; json?: boolean }) => {
      const options = {
        publishedAt: opts.publishedAt,
        format: pick(opts),
        ...(opts.effective ? { effective: opts.effective } : {}),
        ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
      };
      setCode(await diffCommand(oldSpec, newSpec, options, io));
    });

  program
    .command('scan')
    .description('find vendor SDKs in code the manifest does not declare (and the reverse)')
    .argument('[dir]', 'the project folder', '.')
    .option('--manifest <file>', 'the manifest (a JSON file, JS/TS module or REV:PATH)', DEFAULT_MANIFEST)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--json', 'same as --format json')
    .option('--link <recipient=vendor...>', 'link a recipient key to a catalog vendor id when names do not match (repeatable)')
    .option('--include-tests', 'also count imports in test files and fixtures', false)
    .addOption(exportOption)
    .action(async (dir: string, opts: { manifest: string; format: ScanFormat; json?: boolean; link?: string[]; includeTests: boolean; export?: string }) => {
      const format: ScanFormat = opts.json ? 'json' : opts.format;
      setCode(
        await scanCommand(
          dir,
          { manifest: opts.manifest, format, links: opts.link ?? [], includeTests: opts.includeTests, ...(opts.export ? { exportName: opts.export } : {}) },
          io,
        ),
      );
    });
  program
    .command('export')
    .description('the manifest in another vocabulary: a fides system (fideslang YAML) or a W3C DPV JSON-LD document')
    .argument('[manifest]', manifestArg, DEFAULT_MANIFEST)
    .requiredOption('--to <target>', 'fideslang or dpv')
    .option('--out <file>', 'write to a file instead of stdout')
    .addOption(exportOption)
    .action(async (spec: string, opts: { to: string; out?: string; export?: string }) => {
      setCode(await exportCommand(spec, { to: opts.to, ...(opts.out ? { out: opts.out } : {}), ...(opts.export ? { exportName: opts.export } : {}) }, io));
    });

  program
    .command('sql')
    .description('print the SQL that purges by the retention rules where the data lives (@priv/retention-sql); runs nothing')
    .argument('<manifest>', manifestArg)
    .requiredOption('--mapping <file>', 'the mapping JSON: which table holds which records, which column which event, where holds live')
    .addOption(new Option('--dialect <dialect>', 'the SQL dialect').choices(['postgres', 'duckdb', 'sqlite']).makeOptionMandatory())
    .option('--now <instant>', 'judge at this instant: an ISO date-time with Z or an offset (default: the current time)')
    .option('--dry-run', 'no DELETE or UPDATE statements', false)
    .option('--sqlite-zone-function', 'SQLite: call priv_rule_end for rules counted in a zone other than UTC', false)
    .addOption(textOrJson())
    .option('--json', 'same as --format json')
    .addOption(exportOption)
    .action(
      async (
        spec: string,
        opts: {
          mapping: string;
          dialect: 'postgres' | 'duckdb' | 'sqlite';
          now?: string;
          dryRun: boolean;
          sqliteZoneFunction: boolean;
          format: Format;
          json?: boolean;
          export?: string;
        },
      ) => {
        const options = {
          mapping: opts.mapping,
          dialect: opts.dialect,
          dryRun: opts.dryRun,
          sqliteZoneFunction: opts.sqliteZoneFunction,
          format: pick(opts),
          ...(opts.now ? { now: opts.now } : {}),
          ...(opts.export ? { exportName: opts.export } : {}),
        };
        setCode(await sqlCommand(spec, options, io));
      },
    );
  return program;
}

/**
 * Runs `priv` with the given arguments: parses them (commander), runs the command, and turns every
 * failure into one line on stderr and an exit code. Never throws, never prints a stack trace
 * (set `PRIV_DEBUG=1` to see one for an internal error).
 *
 * @param argv - the arguments after `priv` (`['validate', 'privacy.json']`)
 * @param io - where to write and the working folder
 * @returns 0 ok, 1 the check failed, 2 usage or input error
 * @example
 * const code = await runCli(['validate', 'privacy.json'], { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: process.cwd(), errIsTty: false });
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const program = build(io, (c) => {
    code = c;
  });
  try {
    if (argv.length === 0) {
      io.err(program.helpInformation());
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof CliError) {
      io.err(`priv: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`priv: internal error: ${message.split('\n')[0]}\n`);
    if (process.env.PRIV_DEBUG) io.err(`${error instanceof Error ? error.stack : ''}\n`);
    return EXIT.usage;
  }
}
