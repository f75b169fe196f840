/**
 * Terraform's override files: each top-level block of an override file is merged into the block with the
 * same type and labels in the other files. Its arguments replace those of the same name; its nested blocks
 * replace every nested block of the same type (`dynamic` ones included); `locals` merge name by name.
 * Override files apply in name order, each after the ones before it.
 */
import { blocksOf, type Attribute, type Block, type Body, type ConfigFile } from './tree.ts';

/** Top-level block types and their label counts: what an override can reach. */
const TOP_LEVEL: readonly (readonly [string, number])[] = [
  ['resource', 2],
  ['data', 2],
  ['module', 1],
  ['variable', 1],
  ['output', 1],
  ['locals', 0],
  ['moved', 0],
];

export function applyOverrides(
  configs: readonly ConfigFile[],
  overrides: readonly ConfigFile[],
): ConfigFile[] {
  if (overrides.length === 0) return [...configs];
  const merged = configs.map((config) => ({ ...config, body: topLevel(config.body) }));
  const ordered = [...overrides].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const override of ordered) {
    for (const block of topLevel(override.body).blocks) {
      if (block.type === 'locals') mergeLocals(merged, block);
      else replaceBlock(merged, block);
    }
  }
  return merged;
}

/** A body's top-level blocks in the native shape, whatever the file's syntax. */
function topLevel(body: Body): Body {
  if (body.syntax === 'native') return body;
  const blocks = TOP_LEVEL.flatMap(([type, labels]) => blocksOf(body, type, labels));
  return { attributes: [], blocks, location: body.location, syntax: 'native' };
}

function mergeLocals(configs: { body: Body }[], override: Block): void {
  for (const attribute of override.body.attributes) {
    for (const config of configs) {
      const blocks = config.body.blocks.map((block) =>
        block.type === 'locals' && block.body.attributes.some((a) => a.name === attribute.name)
          ? { ...block, body: withAttributes(block.body, [attribute]) }
          : block,
      );
      config.body = { ...config.body, blocks };
    }
  }
}

function replaceBlock(configs: { body: Body }[], override: Block): void {
  for (const config of configs) {
    const index = config.body.blocks.findIndex(
      (b) => b.type === override.type && sameLabels(b.labels, override.labels),
    );
    if (index < 0) continue;
    const blocks = [...config.body.blocks];
    const original = blocks[index] as Block;
    blocks[index] = { ...original, body: mergeBodies(original.body, override.body) };
    config.body = { ...config.body, blocks };
    return;
  }
}

function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((label, i) => label === b[i]);
}

function mergeBodies(original: Body, override: Body): Body {
  // (Native nested blocks merged into a JSON-syntax block are not read: JSON bodies hold only properties.)
  if (original.syntax === 'json' || override.syntax === 'native') {
    const nestedTypes = new Set(override.blocks.map(generatedType));
    const attributes = [
      ...original.attributes.filter((a) => !override.attributes.some((o) => o.name === a.name)),
      ...override.attributes,
    ];
    const blocks = [...original.blocks.filter((b) => !nestedTypes.has(generatedType(b))), ...override.blocks];
    return { ...original, attributes, blocks };
  }
  // A JSON override of a native block: a property naming one of the block's nested block types is blocks.
  const nestedTypes = new Set(original.blocks.map(generatedType));
  const asBlocks = override.attributes.filter((a) => nestedTypes.has(a.name));
  const jsonBlocks = asBlocks.flatMap((a) => blocksOf(override, a.name));
  const replaced = new Set(asBlocks.map((a) => a.name));
  return {
    ...withAttributes(
      original,
      override.attributes.filter((a) => !replaced.has(a.name)),
    ),
    blocks: [...original.blocks.filter((b) => !replaced.has(generatedType(b))), ...jsonBlocks],
  };
}

/** The block type a nested block produces: a `dynamic "x"` block makes `x` blocks. */
function generatedType(block: Block): string {
  return block.type === 'dynamic' ? (block.labels[0] ?? '') : block.type;
}

function withAttributes(body: Body, attributes: readonly Attribute[]): Body {
  const names = new Set(attributes.map((a) => a.name));
  return { ...body, attributes: [...body.attributes.filter((a) => !names.has(a.name)), ...attributes] };
}
