/**
 * CloudFormation templates (YAML with short-form intrinsics, or JSON), SAM templates and
 * `AWS::DynamoDB::GlobalTable`: any YAML/JSON/`.template` file whose bytes mention a table type.
 */
import { fileFormat } from '../format.ts';
import { loadTemplateText } from '../load.ts';

/** Strings every CloudFormation-family table declaration contains. */
const TABLE_MARKERS = [Buffer.from('AWS::DynamoDB::'), Buffer.from('AWS::Serverless::SimpleTable')];
const EXTENSIONS = ['.yaml', '.yml', '.json', '.template'];

export const cloudFormationFormat = fileFormat({
  name: 'CloudFormation / SAM',
  sourceFormats: ['cloudformation', 'sam'],
  deployer: 'cloudformation',
  candidate: (name) => EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)),
  detect: (bytes) => TABLE_MARKERS.some((marker) => bytes.includes(marker)),
  loadText: (text, display) => loadTemplateText(text, display),
});
