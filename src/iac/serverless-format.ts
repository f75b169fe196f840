/**
 * Serverless Framework services: `serverless.yml|yaml|json`, or any YAML/JSON file with top-level
 * `service` and `provider` keys, whose `resources` declare tables.
 */
import { fileFormat } from './format.ts';
import { loadTemplateText } from './load.ts';

const SERVICE_FILE = /^serverless\.(ya?ml|json)$/i;
const EXTENSIONS = ['.yaml', '.yml', '.json'];
/** Top-level `service:` and `provider:` keys, in YAML or JSON spelling. */
const SERVICE_KEY = /^(service|"service")\s*:/m;
const PROVIDER_KEY = /^\s{0,2}(provider|"provider")\s*:/m;
const TABLE_MARKER = Buffer.from('AWS::DynamoDB::');

export const serverlessFormat = fileFormat({
  name: 'Serverless Framework',
  sourceFormats: ['serverless'],
  deployer: 'cloudformation',
  candidate: (name) => EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
  detect(bytes, name) {
    if (!bytes.includes(TABLE_MARKER)) return false;
    if (SERVICE_FILE.test(name)) return true;
    const text = bytes.toString('utf8');
    return SERVICE_KEY.test(text) && PROVIDER_KEY.test(text);
  },
  loadText: (text, display) => loadTemplateText(text, display),
});
