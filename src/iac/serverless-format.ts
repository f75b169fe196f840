/**
 * Serverless Framework services: `serverless.yml|yaml|json`, or any YAML/JSON file with top-level
 * `service` and `provider` keys, whose `resources` declare tables — in the file itself or in files it
 * includes with `${file(…)}`, which belong to the service and are not loaded again as templates.
 */
import type { LoadProblem, LoadResult } from '../model.ts';
import { decode } from '../shared/files.ts';
import { fileName, formatLoad, loadGuarded, settled, settledFile, type TableFormat } from './format.ts';
import { loadTemplateText } from './load.ts';
import { readServiceFiles, type ServiceText } from './serverless-files.ts';

const SERVICE_FILE = /^serverless\.(ya?ml|json)$/i;
const EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Top-level `service:` and `provider:` keys, in YAML or JSON spelling. */
const SERVICE_KEY = /^(service|"service")\s*:/m;
const PROVIDER_KEY = /^\s{0,2}(provider|"provider")\s*:/m;
const TABLE_MARKER = Buffer.from('AWS::DynamoDB::');
const FILE_VARIABLE = Buffer.from('${file(');

function detect(bytes: Buffer, name: string): boolean {
  if (!bytes.includes(TABLE_MARKER) && !bytes.includes(FILE_VARIABLE)) return false;
  if (SERVICE_FILE.test(name)) return true;
  const text = bytes.toString('utf8');
  return SERVICE_KEY.test(text) && PROVIDER_KEY.test(text);
}

export const serverlessFormat: TableFormat = {
  name: 'Serverless Framework',
  sourceFormats: ['serverless'],
  deployer: 'cloudformation',
  candidate: (name) => EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
  detect,
  async load(files, io) {
    const problems: LoadProblem[] = [];
    // Only services' bytes are kept: a repository's other YAML and JSON files are many, and the formats
    // after this one read them again.
    const services: ServiceText[] = [];
    for (const file of files) {
      const bytes = await io.read(file, problems);
      if (bytes && detect(bytes, fileName(file.display))) services.push({ file, bytes });
    }
    const included = await readServiceFiles(services, files, io.cwd, io.read, problems);
    const results: LoadResult[] = [];
    const consumed = [...included.claimed];
    for (const { file, bytes } of services) {
      if (included.claimed.has(file.path)) continue;
      consumed.push(file.path);
      const readServiceFile = included.readerFor(file.path);
      const load = (): LoadResult =>
        loadGuarded(file.display, () =>
          loadTemplateText(decode(bytes), file.display, readServiceFile ? { readServiceFile } : {}),
        );
      // A service that includes files depends on their bytes too: it is loaded every time.
      results.push(
        readServiceFile ? settled(io, load()) : settledFile(io, 'serverless', file.display, bytes, load),
      );
    }
    return formatLoad(results, problems, consumed);
  },
};
