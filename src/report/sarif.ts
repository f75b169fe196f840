/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): every rule's metadata with
 * its documentation link, and `partialFingerprints` from the finding fingerprint so alerts stay the same
 * alert when lines move.
 */
import type {
  Log,
  PhysicalLocation,
  ReportingDescriptor,
  ReportingDescriptorRelationship,
  Result,
  ToolComponent,
} from 'sarif';
import { HOMEPAGE, NAME, VERSION } from '../meta.ts';
import type { Finding, Location, Severity } from '../model.ts';
import type { Equivalent, EquivalentTool } from '../rule.ts';
import type { ReportInput, RuleMetadata } from './types.ts';
import { wellFormed, wellFormedJsonChunks } from './well-formed.ts';

/** The other tools' check catalogues, as SARIF taxonomies that rules point into with `relationships`. */
const TOOL_NAMES: Record<EquivalentTool, string> = {
  checkov: 'Checkov',
  trivy: 'Trivy',
  'cfn-nag': 'cfn_nag',
  'cdk-nag': 'cdk-nag',
  'security-hub': 'AWS Security Hub',
  'cfn-lint': 'cfn-lint',
};

/** `relevant`, not `equal`: the other tool checks the same setting, with the differences the rule page names. */
function relationship(equivalent: Equivalent): ReportingDescriptorRelationship {
  return {
    target: { id: equivalent.id, toolComponent: { name: TOOL_NAMES[equivalent.tool] } },
    kinds: ['relevant'],
    ...(equivalent.differs ? { description: { text: equivalent.differs } } : {}),
  };
}

function taxonomies(rules: readonly RuleMetadata[]): ToolComponent[] {
  const byTool = new Map<EquivalentTool, Set<string>>();
  for (const equivalent of rules.flatMap((rule) => rule.equivalents ?? [])) {
    const ids = byTool.get(equivalent.tool) ?? new Set<string>();
    ids.add(equivalent.id);
    byTool.set(equivalent.tool, ids);
  }
  return [...byTool].map(([tool, ids]) => ({
    name: TOOL_NAMES[tool],
    taxa: [...ids].map((id) => ({ id })),
  }));
}

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { error: '7.0', warning: '4.0', info: '1.0' };

function physical(location: Location): { physicalLocation: PhysicalLocation } {
  return {
    physicalLocation: {
      // encodeURI throws on a lone surrogate: the path is made well-formed first.
      artifactLocation: { uri: encodeURI(wellFormed(location.file)), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: location.line,
        startColumn: location.column,
        endLine: location.endLine,
        // SARIF end columns are exclusive; dynalint's are inclusive.
        endColumn: location.endColumn + 1,
      },
    },
  };
}

/** The SARIF log as chunks to write one by one (see `wellFormedJsonChunks`): results are rendered as they are written. */
export function sarifReport({ findings, rules }: ReportInput): Generator<string> {
  const descriptors: ReportingDescriptor[] = rules.map((rule) => ({
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: rule.helpUri,
    help: {
      text: `${rule.description} See ${rule.helpUri}`,
      markdown: `${rule.description} [Documentation](${rule.helpUri})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    ...(rule.equivalents?.length ? { relationships: rule.equivalents.map(relationship) } : {}),
    properties: {
      // Tags like `checkov:CKV_AWS_28` let code-scanning filters and suppressions find the rule by the old id.
      tags: ['dynamodb', ...(rule.equivalents ?? []).map((e) => `${e.tool}:${e.id}`)],
      precision: 'high',
      'problem.severity': rule.severity === 'info' ? 'recommendation' : rule.severity,
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  }));
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const result = (finding: Finding): Result => ({
    ruleId: finding.ruleId,
    ...(index.has(finding.ruleId) ? { ruleIndex: index.get(finding.ruleId) } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      finding.location.live
        ? // A live table is no file: an ARN or endpoint URL is not an artifact URI.
          {
            logicalLocations: [
              {
                name: finding.table ?? finding.location.file.split('/').at(-1),
                fullyQualifiedName: finding.location.file,
              },
            ],
          }
        : physical(finding.location),
    ],
    ...(finding.related?.length
      ? {
          relatedLocations: finding.related.map((location, id) => ({
            id,
            ...physical(location),
            message: { text: 'synthesized template' },
          })),
        }
      : {}),
    partialFingerprints: { 'dynalintFingerprint/v1': finding.fingerprint },
    // SARIF's own comparison with a baseline run: the base revision of a change.
    ...(finding.baselineState ? { baselineState: finding.baselineState } : {}),
    ...(finding.table !== undefined ? { properties: { table: finding.table } } : {}),
  });
  const log = (results: never[]): Log => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: HOMEPAGE,
            rules: descriptors,
          },
        },
        ...(taxonomies(rules).length ? { taxonomies: taxonomies(rules) } : {}),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  });
  return wellFormedJsonChunks(log, findings, result, 3);
}
