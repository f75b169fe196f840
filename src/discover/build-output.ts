/**
 * Build outputs that copy or bundle application code: scanning them would report each scan again, away
 * from the source a developer edits. IaC in them (cdk.out templates) is still read.
 */

/** Folders that hold bundles or staged copies of sources: CDK assets, SAM builds, bundler caches. */
const OUTPUT_FOLDERS = new Set(['cdk.out', '.aws-sam', '.esbuild', '.webpack', '.next', '.open-next']);

/** Bundled or minified files: `app.min.js`, `vendor.bundle.js`, `main-bundle.mjs`. */
const BUNDLED_FILE = /[.-](min|bundle)\.[cm]?[jt]sx?$/i;

/** Whether a code file (display path, `/`-separated) is a build output rather than a source. */
export function isBuildOutput(display: string): boolean {
  const parts = display.split('/');
  const name = parts.at(-1) ?? '';
  return parts.slice(0, -1).some((part) => OUTPUT_FOLDERS.has(part)) || BUNDLED_FILE.test(name);
}
