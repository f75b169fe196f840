/**
 * The interface every code-scan language implements: which files it reads, with which grammar, how its
 * DynamoDB calls are found, and which syntax nodes are comments (for suppression directives).
 */
import type { GrammarName } from '../parsers/tree-sitter.ts';
import type { LanguageDetector } from './syntax.ts';

export interface CodeLanguage {
  /** `CodeUse.language` of its findings. */
  readonly id: string;
  /** What users call it (`--help`, docs). */
  readonly name: string;
  /** File extension (lower case, with the dot) → the grammar that parses it. */
  readonly extensions: Readonly<Record<string, GrammarName>>;
  readonly detector: LanguageDetector;
  /** Syntax node types that hold comments, where suppression directives are read. */
  readonly commentTypes: readonly string[];
}
