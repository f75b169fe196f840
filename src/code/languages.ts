/** Which application-code files dynalint reads, and with which grammar and detector. */
import type { GrammarName } from '../parsers/tree-sitter.ts';
import type { CodeLanguage } from './syntax.ts';

export interface CodeFileKind {
  readonly language: CodeLanguage;
  readonly grammar: GrammarName;
}

const BY_EXTENSION: Readonly<Record<string, CodeFileKind>> = {
  '.js': { language: 'javascript', grammar: 'javascript' },
  '.mjs': { language: 'javascript', grammar: 'javascript' },
  '.cjs': { language: 'javascript', grammar: 'javascript' },
  '.jsx': { language: 'javascript', grammar: 'javascript' },
  '.ts': { language: 'typescript', grammar: 'typescript' },
  '.mts': { language: 'typescript', grammar: 'typescript' },
  '.cts': { language: 'typescript', grammar: 'typescript' },
  '.tsx': { language: 'typescript', grammar: 'tsx' },
  '.py': { language: 'python', grammar: 'python' },
  '.go': { language: 'go', grammar: 'go' },
  '.java': { language: 'java', grammar: 'java' },
  '.cs': { language: 'csharp', grammar: 'c_sharp' },
};

/** Declarations and bundles: never where an application issues its calls. */
const SKIPPED_SUFFIXES = [
  '.d.ts',
  '.d.mts',
  '.d.cts',
  '.min.js',
  '.min.mjs',
  '.min.cjs',
  '-min.js',
  '.bundle.js',
];

export function codeFileKind(name: string): CodeFileKind | undefined {
  const lower = name.toLowerCase();
  if (SKIPPED_SUFFIXES.some((suffix) => lower.endsWith(suffix))) return undefined;
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION[lower.slice(dot)];
}
