/**
 * Validators compiled ahead of time, by variant (`strict`, `converting`) and resource type. The bundle's build
 * replaces this module with ajv's standalone code for every resource schema (scripts/precompiled-validators.mjs),
 * so the shipped CLI and its workers compile none at run time; from source there are none, and each
 * validator is compiled on first use.
 */
import type { ValidateFunction } from 'ajv';

export const PRECOMPILED: Readonly<Record<string, Readonly<Record<string, ValidateFunction>>>> | undefined =
  undefined;
