/**
 * The registry of code-scan languages: which application-code files dynalint reads, with which grammar and
 * detector. Adding a language is one detector file and one entry here.
 */
import { csharpDetector } from './csharp.ts';
import { goDetector } from './go.ts';
import { javaDetector } from './java.ts';
import { javascriptDetector } from './javascript.ts';
import type { CodeLanguage } from './language.ts';
import { pythonDetector } from './python.ts';
import type { GrammarName } from '../parsers/tree-sitter.ts';

export const LANGUAGES: readonly CodeLanguage[] = [
  {
    id: 'javascript',
    name: 'JavaScript',
    extensions: { '.js': 'javascript', '.mjs': 'javascript', '.cjs': 'javascript', '.jsx': 'javascript' },
    detector: javascriptDetector,
    commentTypes: ['comment'],
  },
  {
    id: 'typescript',
    name: 'TypeScript',
    extensions: { '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.tsx': 'tsx' },
    detector: javascriptDetector,
    commentTypes: ['comment'],
  },
  {
    id: 'python',
    name: 'Python',
    extensions: { '.py': 'python' },
    detector: pythonDetector,
    commentTypes: ['comment'],
  },
  { id: 'go', name: 'Go', extensions: { '.go': 'go' }, detector: goDetector, commentTypes: ['comment'] },
  {
    id: 'java',
    name: 'Java',
    extensions: { '.java': 'java' },
    detector: javaDetector,
    commentTypes: ['line_comment', 'block_comment'],
  },
  {
    id: 'csharp',
    name: 'C#',
    extensions: { '.cs': 'c_sharp' },
    detector: csharpDetector,
    commentTypes: ['comment'],
  },
];

export interface CodeFileKind {
  /** `CodeLanguage.id`: what worker threads receive (a language object does not cross threads). */
  readonly language: string;
  readonly grammar: GrammarName;
}

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
  if (dot < 0) return undefined;
  const extension = lower.slice(dot);
  for (const language of LANGUAGES) {
    const grammar = language.extensions[extension];
    if (grammar) return { language: language.id, grammar };
  }
  return undefined;
}

export function languageById(id: string): CodeLanguage | undefined {
  return LANGUAGES.find((language) => language.id === id);
}
