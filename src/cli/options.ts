// Parsers for command-line option values: a bad value is a usage error (exit 2) naming the option.

import { InvalidArgumentError } from 'commander';

export function positiveInteger(name: string) {
  return (raw: string): number => {
    if (!/^\d+$/.test(raw) || Number(raw) < 1)
      throw new InvalidArgumentError(`${name}: expected a positive integer, found "${raw}"`);
    return Number(raw);
  };
}

/** A TCP port; 0 asks the system for a free one. */
export function port(name: string) {
  return (raw: string): number => {
    if (!/^\d+$/.test(raw) || Number(raw) > 65535)
      throw new InvalidArgumentError(`${name}: expected a port from 0 to 65535, found "${raw}"`);
    return Number(raw);
  };
}

export function megabytes(name: string) {
  return (raw: string): number => {
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new InvalidArgumentError(`${name}: expected a size in MB such as 20, found "${raw}"`);
    return Math.round(value * 1024 * 1024);
  };
}

export function isoDate(name: string) {
  return (raw: string): string => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw))
      throw new InvalidArgumentError(`${name}: expected a date as YYYY-MM-DD, found "${raw}"`);
    return raw;
  };
}

export function nonNegativeInteger(name: string) {
  return (raw: string): number => {
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw)))
      throw new InvalidArgumentError(`${name}: expected an integer ≥ 0, found "${raw}"`);
    return Number(raw);
  };
}
