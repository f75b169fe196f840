/**
 * A deterministic mixed-language application corpus for the code-scan benchmark: services with nested
 * source folders, file sizes drawn from a log-normal distribution (median ≈ 4 KB, long tail to ≈ 120 KB,
 * as in real repositories), about 1% of files issuing a DynamoDB Scan, about 1% mentioning "scan" in other
 * ways (RxJS, Redis, java.util.Scanner, database/sql rows) and a few percent using DynamoDB without a Scan.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface CorpusOptions {
  readonly files: number;
  readonly seed?: number;
}

export interface CorpusStats {
  readonly files: number;
  readonly bytes: number;
  readonly scanFiles: number;
  readonly decoyFiles: number;
  readonly byLanguage: Record<string, number>;
}

export type Language = 'ts' | 'tsx' | 'js' | 'mjs' | 'py' | 'go' | 'java' | 'cs';

const LANGUAGE_SHARE: readonly [Language, number][] = [
  ['ts', 0.3],
  ['tsx', 0.05],
  ['js', 0.1],
  ['mjs', 0.05],
  ['py', 0.2],
  ['go', 0.1],
  ['java', 0.12],
  ['cs', 0.08],
];

export const WORDS = [
  'order',
  'customer',
  'invoice',
  'payment',
  'account',
  'session',
  'product',
  'cart',
  'ticket',
  'report',
  'shipment',
  'user',
  'profile',
  'event',
  'audit',
  'price',
  'stock',
  'review',
  'coupon',
  'refund',
];
const VERBS = [
  'load',
  'build',
  'parse',
  'render',
  'update',
  'compute',
  'validate',
  'format',
  'merge',
  'apply',
];

/** mulberry32: small, fast, deterministic. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Generator {
  constructor(private readonly next: () => number) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  name(): string {
    return `${this.pick(VERBS)}${capitalize(this.pick(WORDS))}${this.int(1, 99)}`;
  }
  /** Log-normal size in bytes: median 4 KB, σ = 1, capped at 120 KB. */
  size(): number {
    const gaussian = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
    return Math.min(120_000, Math.max(300, Math.round(4000 * Math.exp(gaussian))));
  }
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One ordinary function or method in each language, ~400–700 bytes. */
export function fillerUnit(language: Language, g: Generator): string {
  const fn = g.name();
  const a = g.pick(WORDS);
  const b = g.pick(WORDS);
  switch (language) {
    case 'ts':
    case 'tsx':
      return `
/** ${capitalize(fn)}: combines the ${a} with its ${b} records before they are shown. */
export function ${fn}(${a}: Record<string, unknown>, ${b}List: readonly string[], limit = ${g.int(5, 500)}): string[] {
  const result: string[] = [];
  for (const item of ${b}List) {
    if (result.length >= limit) break;
    const key = \`\${String(${a}['id'] ?? 'none')}:\${item}\`;
    if (item.startsWith('${a.slice(0, 3)}')) {
      result.push(key.toUpperCase());
    } else if (item.length > ${g.int(2, 9)}) {
      result.push(key.trim());
    }
  }
  return result.sort((x, y) => x.localeCompare(y));
}
`;
    case 'js':
    case 'mjs':
      return `
// ${capitalize(fn)} keeps the ${a} list in sync with the ${b} cache.
export async function ${fn}(${a}, options = {}) {
  const { retries = ${g.int(1, 5)}, timeout = ${g.int(100, 5000)} } = options;
  let attempt = 0;
  while (attempt < retries) {
    try {
      const value = await Promise.race([fetchValue(${a}), delay(timeout)]);
      if (value && value.${b}) return value.${b}.map((entry) => ({ ...entry, seen: true }));
    } catch (error) {
      console.warn('${fn} failed', error.message);
    }
    attempt += 1;
  }
  return [];
}
`;
    case 'py':
      return `

def ${snake(fn)}(${a}, ${b}_items, limit=${g.int(5, 500)}):
    """Combine the ${a} with its ${b} records before they are shown."""
    result = []
    for item in ${b}_items:
        if len(result) >= limit:
            break
        key = f"{${a}.get('id', 'none')}:{item}"
        if item.startswith("${a.slice(0, 3)}"):
            result.append(key.upper())
        elif len(item) > ${g.int(2, 9)}:
            result.append(key.strip())
    return sorted(result)
`;
    case 'go':
      return `
// ${capitalize(fn)} combines the ${a} with its ${b} records before they are shown.
func ${capitalize(fn)}(${a} map[string]string, ${b}List []string, limit int) []string {
	result := make([]string, 0, len(${b}List))
	for _, item := range ${b}List {
		if len(result) >= limit {
			break
		}
		key := fmt.Sprintf("%s:%s", ${a}["id"], item)
		if strings.HasPrefix(item, "${a.slice(0, 3)}") {
			result = append(result, strings.ToUpper(key))
		} else if len(item) > ${g.int(2, 9)} {
			result = append(result, strings.TrimSpace(key))
		}
	}
	sort.Strings(result)
	return result
}
`;
    case 'java':
      return `
    /** ${capitalize(fn)}: combines the ${a} with its ${b} records before they are shown. */
    public List<String> ${fn}(Map<String, String> ${a}, List<String> ${b}List, int limit) {
        List<String> result = new ArrayList<>();
        for (String item : ${b}List) {
            if (result.size() >= limit) {
                break;
            }
            String key = ${a}.getOrDefault("id", "none") + ":" + item;
            if (item.startsWith("${a.slice(0, 3)}")) {
                result.add(key.toUpperCase());
            } else if (item.length() > ${g.int(2, 9)}) {
                result.add(key.trim());
            }
        }
        Collections.sort(result);
        return result;
    }
`;
    case 'cs':
      return `
        /// <summary>${capitalize(fn)}: combines the ${a} with its ${b} records.</summary>
        public IList<string> ${capitalize(fn)}(IDictionary<string, string> ${a}, IEnumerable<string> ${b}List, int limit)
        {
            var result = new List<string>();
            foreach (var item in ${b}List)
            {
                if (result.Count >= limit) break;
                var key = $"{${a}["id"]}:{item}";
                if (item.StartsWith("${a.slice(0, 3)}")) result.Add(key.ToUpperInvariant());
                else if (item.Length > ${g.int(2, 9)}) result.Add(key.Trim());
            }
            result.Sort(StringComparer.Ordinal);
            return result;
        }
`;
  }
}

export function snake(name: string): string {
  return name.replace(/([A-Z])/g, '_$1').toLowerCase();
}

/** File header and footer around the units. */
export function frame(language: Language, g: Generator, body: string, head = ''): string {
  const cls = capitalize(g.pick(WORDS)) + capitalize(g.pick(VERBS)) + 'Service';
  switch (language) {
    case 'ts':
    case 'tsx':
    case 'js':
    case 'mjs':
      return `import { delay, fetchValue } from '../lib/util.js';\n${head}${body}`;
    case 'py':
      return `import json\nimport logging\n${head}\nlogger = logging.getLogger(__name__)\n${body}`;
    case 'go':
      return `package ${g.pick(WORDS)}\n\nimport (\n\t"fmt"\n\t"sort"\n\t"strings"\n${head})\n${body}`;
    case 'java':
      return `package com.example.${g.pick(WORDS)};\n\nimport java.util.*;\n${head}\npublic class ${cls} {\n${body}}\n`;
    case 'cs':
      return `using System;\nusing System.Collections.Generic;\n${head}\nnamespace Example.${capitalize(g.pick(WORDS))}\n{\n    public class ${cls}\n    {\n${body}    }\n}\n`;
  }
}

/** A unit that issues a DynamoDB Scan (with its imports), per language. */
export function scanUnit(language: Language, g: Generator): { head: string; unit: string } {
  const table = `${g.pick(WORDS)}s`;
  switch (language) {
    case 'ts':
    case 'tsx':
    case 'js':
    case 'mjs':
      return {
        head: `import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';\nconst client = new DynamoDBClient({});\n`,
        unit: `\nexport async function listAll${capitalize(table)}() {\n  const out = await client.send(new ScanCommand({ TableName: '${table}' }));\n  return out.Items ?? [];\n}\n`,
      };
    case 'py':
      return {
        head: `import boto3\n`,
        unit: `\n\ndef list_all_${table}():\n    table = boto3.resource("dynamodb").Table("${table}")\n    return table.scan()["Items"]\n`,
      };
    case 'go':
      return {
        head: `\t"context"\n\t"github.com/aws/aws-sdk-go-v2/aws"\n\t"github.com/aws/aws-sdk-go-v2/service/dynamodb"\n`,
        unit: `\nfunc ListAll${capitalize(table)}(ctx context.Context, client *dynamodb.Client) (*dynamodb.ScanOutput, error) {\n\treturn client.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String("${table}")})\n}\n`,
      };
    case 'java':
      return {
        head: `import software.amazon.awssdk.services.dynamodb.DynamoDbClient;\nimport software.amazon.awssdk.services.dynamodb.model.ScanRequest;\n`,
        unit: `\n    public int countAll(DynamoDbClient client) {\n        return client.scan(ScanRequest.builder().tableName("${table}").build()).count();\n    }\n`,
      };
    case 'cs':
      return {
        head: `using Amazon.DynamoDBv2;\nusing Amazon.DynamoDBv2.Model;\n`,
        unit: `\n        public async Task<int> CountAll(IAmazonDynamoDB client)\n        {\n            var response = await client.ScanAsync(new ScanRequest { TableName = "${table}" });\n            return response.Count;\n        }\n`,
      };
  }
}

/** A unit that says "scan" without DynamoDB: the false-positive traps real code is full of. */
function decoyUnit(language: Language): { head: string; unit: string } {
  switch (language) {
    case 'ts':
    case 'tsx':
    case 'js':
    case 'mjs':
      return {
        head: `import { scan } from 'rxjs/operators';\nimport Redis from 'ioredis';\nconst redis = new Redis();\n`,
        unit: `\nexport const totals$ = (source$) => source$.pipe(scan((sum, x) => sum + x, 0));\nexport async function keys() {\n  const [, found] = await redis.scan(0, 'MATCH', 'user:*');\n  return found;\n}\n`,
      };
    case 'py':
      return {
        head: `import redis\n`,
        unit: `\n\ndef session_keys(r: redis.Redis):\n    return list(r.scan_iter("session:*"))\n`,
      };
    case 'go':
      return {
        head: `\t"database/sql"\n`,
        unit: `\nfunc readNames(rows *sql.Rows) ([]string, error) {\n\tvar names []string\n\tfor rows.Next() {\n\t\tvar n string\n\t\tif err := rows.Scan(&n); err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\tnames = append(names, n)\n\t}\n\treturn names, nil\n}\n`,
      };
    case 'java':
      return {
        head: `import java.util.Scanner;\n`,
        unit: `\n    public String firstLine() {\n        Scanner scanner = new Scanner(System.in);\n        return scanner.nextLine();\n    }\n`,
      };
    case 'cs':
      return {
        head: ``,
        unit: `\n        // Scan the directory for plug-ins.\n        public string[] ScanPlugins(string dir) => System.IO.Directory.GetFiles(dir, "*.dll");\n`,
      };
  }
}

/** A unit that uses DynamoDB without scanning (point reads), so the second byte test matters. */
export function dynamoUnit(language: Language): { head: string; unit: string } {
  switch (language) {
    case 'ts':
    case 'tsx':
    case 'js':
    case 'mjs':
      return {
        head: `import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';\nconst ddb = new DynamoDBClient({});\n`,
        unit: `\nexport const getOne = (id) => ddb.send(new GetItemCommand({ TableName: process.env.TABLE, Key: { pk: { S: id } } }));\n`,
      };
    case 'py':
      return {
        head: `import boto3\n`,
        unit: `\n\ndef get_one(pk):\n    return boto3.resource("dynamodb").Table("items").get_item(Key={"pk": pk})\n`,
      };
    default:
      return { head: '', unit: '' };
  }
}

export const EXTENSION: Record<Language, string> = {
  ts: '.ts',
  tsx: '.tsx',
  js: '.js',
  mjs: '.mjs',
  py: '.py',
  go: '.go',
  java: '.java',
  cs: '.cs',
};

/** Writes a corpus's files into an emptied root, creating each folder once, and counts what it wrote. */
export class CorpusWriter {
  bytes = 0;
  readonly byKind: Record<string, number> = {};
  private readonly directories = new Set<string>();

  private constructor(readonly root: string) {}

  static async emptied(root: string): Promise<CorpusWriter> {
    await rm(root, { recursive: true, force: true });
    await mkdir(root, { recursive: true });
    return new CorpusWriter(root);
  }

  async write(file: string, text: string, kind: string): Promise<void> {
    if (!this.directories.has(path.dirname(file))) {
      await mkdir(path.dirname(file), { recursive: true });
      this.directories.add(path.dirname(file));
    }
    await writeFile(file, text);
    this.bytes += Buffer.byteLength(text);
    this.byKind[kind] = (this.byKind[kind] ?? 0) + 1;
  }
}

export async function generateCorpus(root: string, options: CorpusOptions): Promise<CorpusStats> {
  const g = new Generator(random(options.seed ?? 20_260_101));
  const writer = await CorpusWriter.emptied(root);
  let scanFiles = 0;
  let decoyFiles = 0;
  for (let i = 0; i < options.files; i += 1) {
    let roll = g.int(0, 9999) / 10000;
    let language: Language = 'ts';
    for (const [candidate, share] of LANGUAGE_SHARE) {
      if (roll < share) {
        language = candidate;
        break;
      }
      roll -= share;
    }
    const kind = i % 100 === 7 ? 'scan' : i % 100 === 42 ? 'decoy' : i % 100 < 4 ? 'dynamo' : 'plain';
    const special =
      kind === 'scan'
        ? scanUnit(language, g)
        : kind === 'decoy'
          ? decoyUnit(language)
          : kind === 'dynamo'
            ? dynamoUnit(language)
            : { head: '', unit: '' };
    if (kind === 'scan') scanFiles += 1;
    if (kind === 'decoy') decoyFiles += 1;
    const target = g.size();
    const units: string[] = [];
    let size = special.unit.length;
    const insertAt = g.int(0, 3);
    while (size < target) {
      const unit = fillerUnit(language, g);
      units.push(unit);
      size += unit.length;
    }
    units.splice(Math.min(insertAt, units.length), 0, special.unit);
    const text = frame(language, g, units.join(''), special.head);
    const service = `services/svc-${String(i % 40).padStart(2, '0')}`;
    const folder = `${service}/src/${g.pick(WORDS.slice(0, 8))}/${g.pick(['handlers', 'domain', 'lib', 'api'])}`;
    const file = path.join(root, folder, `${g.name()}-${i}${EXTENSION[language]}`);
    await writer.write(file, text, language);
  }
  return { files: options.files, bytes: writer.bytes, scanFiles, decoyFiles, byLanguage: writer.byKind };
}
