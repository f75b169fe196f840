/**
 * A deterministic tree shaped like a large SDK examples repository: one folder per SDK (JavaScript,
 * Python, Go, Java, .NET, and languages dynalint does not scan: Ruby, PHP, Kotlin, Rust, C++), in each an
 * `example_code/<service>/` folder per AWS service. About 40% of the files are not code dynalint scans
 * (READMEs, metadata YAML, package JSON, shell scripts, the other languages' sources). Every code file
 * uses an AWS SDK, so every one of them ties to `aws-sdk`/`boto3`; a tenth of them are DynamoDB examples
 * (a Scan, a Query, or single-item calls), the rest call other services (S3, SQS, Lambda, …).
 */
import path from 'node:path';
import {
  CorpusWriter,
  EXTENSION,
  Generator,
  capitalize,
  dynamoUnit,
  fillerUnit,
  frame,
  random,
  scanUnit,
  snake,
  type CorpusOptions,
  type CorpusStats,
  type Language,
} from './corpus.ts';

/** The SDK folders and the share of all files each language's code takes. */
const CODE_SHARE: readonly [Language, string, number][] = [
  ['js', 'javascriptv3', 0.12],
  ['ts', 'javascriptv3', 0.06],
  ['py', 'python', 0.14],
  ['go', 'gov2', 0.08],
  ['java', 'javav2', 0.12],
  ['cs', 'dotnetv3', 0.08],
];

const SDK_FOLDERS = [...new Set(CODE_SHARE.map(([, folder]) => folder))];

/** Services other than DynamoDB, each with operations in PascalCase. */
const SERVICES: readonly [string, readonly string[]][] = [
  ['s3', ['PutObject', 'GetObject', 'ListObjectsV2', 'DeleteObject']],
  ['sqs', ['SendMessage', 'ReceiveMessage', 'DeleteMessage']],
  ['sns', ['Publish', 'Subscribe']],
  ['lambda', ['Invoke', 'CreateFunction']],
  ['kinesis', ['PutRecord', 'GetRecords']],
  ['iam', ['CreateRole', 'AttachRolePolicy']],
  ['ec2', ['DescribeInstances', 'RunInstances']],
  ['cloudwatch', ['PutMetricData', 'GetMetricData']],
];

/** Files that are not code dynalint scans, by extension, with their share of all files (≈ 40%). */
const OTHER_SHARE: readonly [string, number][] = [
  ['.md', 0.12],
  ['.yaml', 0.07],
  ['.json', 0.07],
  ['.sh', 0.03],
  ['.rb', 0.03],
  ['.php', 0.03],
  ['.kt', 0.02],
  ['.rs', 0.02],
  ['.cpp', 0.01],
];

const OTHER_FOLDERS: Readonly<Record<string, string>> = {
  '.rb': 'ruby',
  '.php': 'php',
  '.kt': 'kotlin',
  '.rs': 'rustv1',
  '.cpp': 'cpp',
};

/** A call of another AWS service through its SDK, with the imports it needs. */
function serviceUnit(language: Language, service: string, operation: string): { head: string; unit: string } {
  const client = `${capitalize(service)}Client`;
  switch (language) {
    case 'ts':
    case 'tsx':
    case 'js':
    case 'mjs':
      return {
        head: `import { ${client}, ${operation}Command } from '@aws-sdk/client-${service}';\nconst client = new ${client}({});\n`,
        unit: `\nexport const run${operation} = (input) => client.send(new ${operation}Command(input));\n`,
      };
    case 'py':
      return {
        head: `import boto3\n`,
        unit: `\n\ndef run_${snake(operation).slice(1)}(**kwargs):\n    return boto3.client("${service}").${snake(operation).slice(1)}(**kwargs)\n`,
      };
    case 'go':
      return {
        head: `\t"context"\n\t"github.com/aws/aws-sdk-go-v2/service/${service}"\n`,
        unit: `\nfunc Run${operation}(ctx context.Context, client *${service}.Client, input *${service}.${operation}Input) (*${service}.${operation}Output, error) {\n\treturn client.${operation}(ctx, input)\n}\n`,
      };
    case 'java':
      return {
        head: `import software.amazon.awssdk.services.${service}.${client};\n`,
        unit: `\n    public Object run${operation}(${client} client, Object request) {\n        return client.${operation.charAt(0).toLowerCase()}${operation.slice(1)}(request);\n    }\n`,
      };
    case 'cs':
      return {
        head: `using Amazon.${capitalize(service)};\n`,
        unit: `\n        public Task<object> Run${operation}(IAmazon${capitalize(service)} client, object request) => client.${operation}Async(request);\n`,
      };
  }
}

/** A DynamoDB Query (JS and Python), else a Scan. */
function queryUnit(language: Language, g: Generator): { head: string; unit: string } {
  const table = `${g.pick(['order', 'customer', 'movie', 'product'])}s`;
  switch (language) {
    case 'js':
    case 'ts':
      return {
        head: `import { DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\n`,
        unit: `\nexport const byYear = (year) =>\n  client.send(new QueryCommand({ TableName: '${table}', KeyConditionExpression: '#y = :y', ExpressionAttributeNames: { '#y': 'year' }, ExpressionAttributeValues: { ':y': { N: String(year) } } }));\n`,
      };
    case 'py':
      return {
        head: `import boto3\nfrom boto3.dynamodb.conditions import Key\n`,
        unit: `\n\ndef by_year(year):\n    table = boto3.resource("dynamodb").Table("${table}")\n    return table.query(KeyConditionExpression=Key("year").eq(year))["Items"]\n`,
      };
    default:
      return scanUnit(language, g);
  }
}

/** Single-item calls (GetItem, PutItem) in every language. */
function singleItemUnit(language: Language): { head: string; unit: string } {
  switch (language) {
    case 'go':
      return {
        head: `\t"context"\n\t"github.com/aws/aws-sdk-go-v2/aws"\n\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"\n\t"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"\n`,
        unit: `\nfunc GetMovie(ctx context.Context, client *dynamodb.Client, key map[string]types.AttributeValue) (*dynamodb.GetItemOutput, error) {\n\treturn client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("movies"), Key: key})\n}\n`,
      };
    case 'java':
      return {
        head: `import software.amazon.awssdk.services.dynamodb.DynamoDbClient;\nimport software.amazon.awssdk.services.dynamodb.model.PutItemRequest;\n`,
        unit: `\n    public void putMovie(DynamoDbClient client, Map<String, AttributeValue> item) {\n        client.putItem(PutItemRequest.builder().tableName("movies").item(item).build());\n    }\n`,
      };
    case 'cs':
      return {
        head: `using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;\n`,
        unit: `\n        public async Task<GetItemResponse> GetMovie(IAmazonDynamoDB client, Dictionary<string, AttributeValue> key)\n        {\n            return await client.GetItemAsync(new GetItemRequest { TableName = "movies", Key = key });\n        }\n`,
      };
    default:
      return dynamoUnit(language);
  }
}

function otherFile(extension: string, service: string, g: Generator, target: number): string {
  const words = (): string =>
    Array.from({ length: 12 }, () =>
      g.pick([
        'the',
        'example',
        'shows',
        'how',
        'to',
        'call',
        service,
        'with',
        'an',
        'SDK',
        'client',
        'request',
      ]),
    ).join(' ');
  const lines: string[] = [];
  const dynamo = service === 'dynamodb';
  while (lines.join('\n').length < target) {
    switch (extension) {
      case '.md':
        lines.push(
          `## ${capitalize(g.name())}\n\n${words()}.${dynamo && g.int(0, 3) === 0 ? ' Scan reads every item of the table; Query reads one partition.' : ''}\n`,
        );
        break;
      case '.yaml':
        lines.push(
          `${service}_${g.name()}:\n  title: ${words()}\n  languages:\n    JavaScript: { versions: [3] }\n    Python: { versions: [3] }`,
        );
        break;
      case '.json':
        lines.push(
          `{ "name": "${service}-${g.name()}", "dependencies": { "@aws-sdk/client-${service}": "^3.${g.int(100, 900)}.0" } }`,
        );
        break;
      case '.sh':
        lines.push(
          `aws ${service} ${dynamo ? g.pick(['scan', 'query', 'get-item']) : 'help'} --output json # ${words()}`,
        );
        break;
      default:
        // Other languages' sources: what rg reads and dynalint does not.
        lines.push(
          `# ${words()}\nclient.${dynamo ? g.pick(['scan', 'query', 'get_item']) : 'call'}(${g.name()})`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}

function pickShare<T>(
  shares: readonly (readonly [T, ...unknown[]])[],
  roll: number,
  weight: (row: readonly [T, ...unknown[]]) => number,
): T | undefined {
  let left = roll;
  for (const row of shares) {
    if (left < weight(row)) return row[0];
    left -= weight(row);
  }
  return undefined;
}

export async function generateSdkExamplesCorpus(root: string, options: CorpusOptions): Promise<CorpusStats> {
  const g = new Generator(random(options.seed ?? 20_260_101));
  const writer = await CorpusWriter.emptied(root);
  let scanFiles = 0;
  for (let i = 0; i < options.files; i += 1) {
    const roll = g.int(0, 9999) / 10000;
    const language = pickShare(CODE_SHARE, roll, (row) => row[2] as number);
    const service = i % 10 === 3 ? 'dynamodb' : (g.pick(SERVICES)[0] as string);
    let file: string;
    let text: string;
    let kind: string;
    if (language) {
      const folder = CODE_SHARE.find(([l]) => l === language)?.[1] as string;
      const operations = SERVICES.find(([name]) => name === service)?.[1] ?? [];
      const example = service === 'dynamodb' ? g.int(0, 2) : -1;
      const special =
        example === 0
          ? scanUnit(language, g)
          : example === 1
            ? queryUnit(language, g)
            : example === 2
              ? singleItemUnit(language)
              : serviceUnit(language, service, g.pick(operations));
      if (example === 0 || (example === 1 && !['js', 'ts', 'py'].includes(language))) scanFiles += 1;
      const target = Math.round(g.size() * 0.6);
      const units: string[] = [special.unit];
      for (let size = special.unit.length; size < target;) {
        const unit = fillerUnit(language, g);
        units.push(unit);
        size += unit.length;
      }
      text = frame(language, g, units.join(''), special.head);
      file = path.join(root, folder, 'example_code', service, `${g.name()}-${i}${EXTENSION[language]}`);
      kind = language;
    } else {
      const extension =
        pickShare(OTHER_SHARE, g.int(0, 9999) / 10000, (row) => (row[1] as number) / 0.4) ?? '.md';
      const folder = OTHER_FOLDERS[extension] ?? g.pick(SDK_FOLDERS);
      text = otherFile(extension, service, g, g.int(200, 4000));
      const name = extension === '.md' ? 'README' : `${g.name()}-${i}`;
      file = path.join(
        root,
        folder,
        'example_code',
        service,
        `${name}${extension === '.md' ? `-${i}` : ''}${extension}`,
      );
      kind = extension;
    }
    await writer.write(file, text, kind);
  }
  return { files: options.files, bytes: writer.bytes, scanFiles, decoyFiles: 0, byLanguage: writer.byKind };
}
