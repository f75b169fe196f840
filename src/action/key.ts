/**
 * Which run of the Action this is, so two never overwrite each other: a matrix job per account, or two
 * dynalint steps in one job. The `key` input names it; otherwise it is derived from the workflow, the
 * job and the matrix values. It names the check run and marks the sticky comment and the tracking issue.
 */

export interface RunKey {
  /** Identity in hidden markers: the explicit key, or workflow / job / matrix values. */
  readonly id: string;
  /** What users see in names (`dynalint (prod)`); absent for a plain, single run. */
  readonly label?: string;
}

export function runKey(options: {
  readonly key?: string;
  /** The `matrix` context as JSON (`${{ toJSON(matrix) }}`); `null` or empty outside a matrix. */
  readonly matrix?: string;
  readonly workflow?: string;
  readonly job?: string;
}): RunKey {
  const values = matrixValues(options.matrix);
  const key = options.key?.trim();
  if (key) return { id: key, label: key };
  const id = [options.workflow, options.job, values].filter(Boolean).join(' / ') || 'default';
  return values ? { id, label: values } : { id };
}

/** `{"account": "prod", "region": "eu-west-1"}` → `prod, eu-west-1`. */
function matrixValues(json: string | undefined): string | undefined {
  if (!json?.trim()) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return json.trim();
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const values = Object.values(parsed as Record<string, unknown>).map((value) =>
    typeof value === 'string' ? value : JSON.stringify(value),
  );
  return values.length ? values.join(', ') : undefined;
}

/** A hidden HTML comment naming the key: `-->` and quotes cannot end it early. */
export function keyMarker(kind: string, key: RunKey): string {
  return `<!-- dynalint:${kind} key=${encodeURIComponent(key.id)} -->`;
}
