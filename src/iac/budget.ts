/**
 * Evaluation work allowed per file (CloudFormation intrinsics) or per Terraform module. Once spent,
 * further evaluation yields unknown values and the loader reports an `evaluation-limit` finding, so input
 * written to explode still finishes with whatever could be read.
 */
import { fileStart, type LoadProblem } from '../model.ts';

/** Intrinsic evaluations allowed per CloudFormation-family file (each node once per condition branch). */
export const EVALUATION_BUDGET = 250_000;

/**
 * Expression evaluations allowed per Terraform module: every expression of every resource counts, so a
 * large module needs more than a template, while nested `dynamic` blocks over big collections stay bounded.
 */
export const TERRAFORM_EVALUATION_BUDGET = 1_000_000;

export class EvaluationBudget {
  private remaining: number;
  exhausted = false;

  constructor(limit = EVALUATION_BUDGET) {
    this.remaining = limit;
  }

  /** Takes `steps` steps; false once the budget is spent. */
  spend(steps = 1): boolean {
    if (this.remaining < steps) {
      this.remaining = 0;
      this.exhausted = true;
      return false;
    }
    this.remaining -= steps;
    return true;
  }
}

export const EVALUATION_LIMIT_REASON = 'evaluation limit reached for this file';

export function evaluationLimitProblem(file: string, what: string): LoadProblem {
  return {
    ruleId: 'evaluation-limit',
    severity: 'info',
    message: `${what} need more evaluation than allowed; values past the limit are treated as unknown and not checked`,
    location: fileStart(file),
  };
}
