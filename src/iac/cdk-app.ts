/**
 * CDK apps as they are committed: a `cdk.json` whose cloud assembly (`cdk.out`, or the `output` it names)
 * is not there. Its tables exist only once the app is synthesized, so it yields no table; instead one
 * `cdk-not-synthesized` finding says what to run, rather than a silent "0 tables".
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileStart, type LoadProblem } from '../model.ts';
import { decode } from '../shared/files.ts';
import type { TableFormat } from './format.ts';

export const cdkAppFormat: TableFormat = {
  name: 'CDK app (cdk.json)',
  sourceFormats: ['cdk'],
  deployer: 'cloudformation',
  candidate: (name) => name === 'cdk.json',
  async load(files, io) {
    const problems: LoadProblem[] = [];
    for (const file of files) {
      const bytes = await io.read(file, problems);
      if (!bytes) continue;
      const output = outputFolder(decode(bytes));
      const manifest = path.join(path.dirname(file.path), output, 'manifest.json');
      if (
        await access(manifest).then(
          () => true,
          () => false,
        )
      )
        continue;
      const folder = path.posix.dirname(file.display);
      const assembly = folder === '.' ? output : `${folder}/${output}`;
      problems.push({
        ruleId: 'cdk-not-synthesized',
        severity: 'info',
        message: `This CDK app has no synthesized cloud assembly (${assembly}/ is missing), so its tables are not linted: run \`npx cdk synth\`${folder === '.' ? '' : ` in ${folder}`}, then lint the assembly (\`npx dynalint ${assembly}\`).`,
        location: fileStart(file.display),
      });
    }
    return {
      tables: [],
      suppressions: [],
      problems,
      environment: [],
      files: 0,
      consumed: files.map((file) => file.path),
    };
  },
};

/** `"output"` in cdk.json moves the assembly; `cdk.out` by default. */
function outputFolder(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'output' in parsed &&
      typeof parsed.output === 'string'
    ) {
      return parsed.output;
    }
  } catch {
    // A cdk.json that is not JSON is the CDK CLI's to report; the default folder applies.
  }
  return 'cdk.out';
}
