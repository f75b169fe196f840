/** Scalable targets that cannot scale, read the same way from every format's autoscaling resources. */
import type { FixedScalingTarget, Location, Prop } from '../model.ts';
import { valueOf } from '../model.ts';

export interface TargetSettings {
  /** The target's logical id or resource address. */
  readonly target: string;
  /** The index named by its resource id (`table/orders/index/byDay`). */
  readonly index: string | undefined;
  readonly min: Prop<number> | undefined;
  readonly max: Prop<number> | undefined;
  readonly dimension: Prop<string> | undefined;
}

/** The target when its minimum and maximum are both known and equal; a value known only at deploy time is not judged. */
export function fixedScalingTarget(settings: TargetSettings): FixedScalingTarget | undefined {
  const { min, max } = settings;
  const capacity = valueOf(min);
  if (!min || !max || capacity === undefined || capacity !== valueOf(max)) return undefined;
  const dimension = valueOf(settings.dimension);
  return {
    target: settings.target,
    ...(settings.index ? { index: settings.index } : {}),
    ...(dimension ? { dimension } : {}),
    capacity,
    location: span(min.location, max.location),
  };
}

/** From the first of two settings of one resource to the end of the other. */
function span(a: Location, b: Location): Location {
  const [first, last] = a.line < b.line || (a.line === b.line && a.column <= b.column) ? [a, b] : [b, a];
  return { ...first, endLine: last.endLine, endColumn: last.endColumn };
}
