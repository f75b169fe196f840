/** Facts about dynalint itself. */
import packageJson from '../package.json' with { type: 'json' };

export const NAME = 'dynalint';
export const VERSION: string = packageJson.version;
export const HOMEPAGE = 'https://github.com/dynalint/dynalint';

/** Where a rule's documentation page is published (the `rules/<id>.md` beside its code). */
export function ruleDocsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/rules/${ruleId}.md`;
}
