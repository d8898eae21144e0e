export { EXIT, type ExitCode } from './exit-code.js';
export { CliError, type CliErrorCode } from './cli-error.js';
export type { CliIo } from './io.js';
export { runCli } from './run-cli.js';
export { looksBinary, MAX_INPUT_BYTES, readTextFile } from './read-text-file.js';
export { locatePath, parseJsonWithPositions, positionAt, type JsonSyntaxError, type PositionedJson, type TextPosition } from './manifest/json-position.js';
export { gitShow, isGitRevisionSpec } from './manifest/git-show.js';
export {
  DEFAULT_MANIFEST,
  formatIssue,
  loadManifest,
  locateIssues,
  readManifestSource,
  type LoadedManifest,
  type LocatedIssue,
  type ManifestReadOptions,
  type ManifestSource,
} from './manifest/load-manifest.js';
export { validateCommand, type ValidateOptions } from './commands/validate.js';
export { renderCommand, renderPolicy, type PolicyFormat, type RenderOptions } from './commands/render.js';
export { checkCommand, formatOfFile, type CheckOptions } from './commands/check.js';
export { diffCommand, diffReport, publicationInstant, type DiffOptions, type DiffReport } from './commands/diff.js';
export { exportCommand, exportManifest, EXPORT_TARGETS, type ExportOptions, type ExportTarget } from './commands/export.js';
export { toDpvJsonLd } from './export/to-dpv.js';
export { formatSqlText, parseNow, sqlCommand, SQL_DIALECTS, type SqlOptions } from './commands/sql.js';
export { parseLinks, scanCommand, type ScanFormat, type ScanOptions } from './commands/scan.js';
export {
  CatalogSdkSchema,
  CatalogStorageSchema,
  CatalogVendorSchema,
  VendorCatalogSchema,
  VendorKindSchema,
  type CatalogSdk,
  type CatalogStorage,
  type CatalogVendor,
  type VendorCatalog,
  type VendorCatalogInput,
  type VendorKind,
} from './scan/catalog-schema.js';
export { indexCatalog, shippedCatalog, type CatalogIndex, type ResolvedSdk } from './scan/catalog.js';
export { VENDOR_CATALOG_DATA } from './scan/vendor-catalog-data.js';
export { extractImports, packageOf, type ExtractedImports, type ImportRef, type ImportVia } from './scan/extract-imports.js';
export { isTestPath, walkProject, SKIPPED_FOLDERS, MAX_PROJECT_FILES, type FileRole, type ProjectFile } from './scan/walk-project.js';
export { readLockfile, readPackageJson } from './scan/read-dependencies.js';
export { compareEvidence, isShipping, type Evidence, type EvidenceVia } from './scan/evidence.js';
export { collectTraces, mentionsCatalogPackage, MAX_SOURCE_BYTES, REDACT_PACKAGE, type CollectOptions, type ProjectTraces } from './scan/collect-traces.js';
export { matchRecipients, namesMatch, wordsOf, type RecipientVendors } from './scan/match-recipients.js';
export { SCAN_RULES, type ScanLevel, type ScanRuleId } from './scan/scan-rules.js';
export { manifestLocation, scanProject, type ScanFinding, type ScanInput, type ScanLocation, type ScanReport, type VendorUse } from './scan/scan-project.js';
export { formatScanText, scanJson, scanSarif } from './scan/format-report.js';
