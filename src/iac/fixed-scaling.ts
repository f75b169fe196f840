/** Scalable targets that cannot scale, read the same way from every format's autoscaling resources. */
import type { FixedScalingTarget, Prop } from '../model.ts';
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
    location: min.location,
    maxLocation: max.location,
  };
}
