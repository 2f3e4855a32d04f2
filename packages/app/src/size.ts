import { AppError } from "./errors.js";

const UNITS = { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 } as const;

/**
 * "500k", "20M", "1G" or a plain number of bytes (every `--max-bytes`, every `maxBytes` query).
 *
 * @example
 * parseByteSize("20M"); // 20971520
 */
export function parseByteSize(value: string, option = "--max-bytes"): number {
  const match = /^(\d{1,15}(?:\.\d{1,6})?) ?([kmg]?)i?b?$/i.exec(value.trim());
  if (!match) throw new AppError("bad-option", `${option}: not a size: "${value}" (e.g. 500k, 20M)`);
  const unit = UNITS[match[2]!.toLowerCase() as keyof typeof UNITS];
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes < 1) throw new AppError("bad-option", `${option}: at least 1 byte, not "${value}"`);
  return bytes;
}
