import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import keyAttributeDefinitions from '../../rules/key-attribute-definitions.ts';
import rule from '../../rules/resource-schema.ts';
import schemas from '../../rules/resource-schema/schemas.json' with { type: 'json' };
import terraformSchemas from '../../rules/resource-schema/terraform-schemas.json' with { type: 'json' };
import { AJV_OPTIONS } from '../../rules/resource-schema/validate.ts';
import { findingsOf } from '../helpers/tester.ts';
import { renderTemplate, testRule } from '../helpers/rule-tester.ts';
import { invalid, key, table, valid } from './resource-schema-probes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

testRule(rule, { valid, invalid });

/** Every file under a folder, relative to the repository root. */
async function sourcesUnder(...folders: string[]): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const folder of folders) {
    for (const entry of await readdir(path.join(ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.relative(ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
      files[file] = await readFile(path.join(ROOT, file), 'utf8');
    }
  }
  return files;
}

describe('resource-schema on the project’s own templates', () => {
  it('raises nothing on examples/ and test/fixtures/', async () => {
    const { findings, tables } = await findingsOf(rule, {
      name: 'fixtures',
      files: await sourcesUnder('examples', 'test/fixtures'),
    });
    expect(tables).toBeGreaterThan(10);
    expect(findings.map((f) => `${f.location.file}:${f.location.line} ${f.message}`)).toEqual([]);
  });
});

describe('an invalid KeyType', () => {
  it('is reported as an invalid KeyType, not as a key count', async () => {
    const files = renderTemplate(
      { name: 'PRIMARY', properties: table({ KeySchema: [key('pk', 'PRIMARY')] }) },
      'yaml',
    );
    const schema = await findingsOf(rule, { name: 'schema', files });
    const keys = await findingsOf(keyAttributeDefinitions, { name: 'keys', files });
    expect(schema.findings.map((f) => f.message)).toEqual([
      'KeySchema[0].KeyType of Table is "PRIMARY"; the allowed values are HASH, RANGE (case-sensitive).',
    ]);
    expect(keys.findings.map((f) => f.message)).toEqual([]);
  });
});

describe('the generated resource schemas', () => {
  // The rule compiles them without checking them against the meta-schema (it costs every run): this does.
  it('are valid JSON Schema, and compile with the options the rule uses', () => {
    const resources = { ...schemas.resources, ...terraformSchemas.resources } as Record<string, object>;
    expect(Object.keys(resources).length).toBe(7);
    const ajv = new Ajv({ strict: false });
    for (const [type, schema] of Object.entries(resources)) {
      expect(ajv.validateSchema(schema), `${type}: ${ajv.errorsText()}`).toBe(true);
      expect(typeof new Ajv(AJV_OPTIONS).compile(schema)).toBe('function');
    }
  });
});
