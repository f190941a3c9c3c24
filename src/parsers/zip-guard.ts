/**
 * A ZIP reader that refuses bombs before it inflates anything.
 *
 * `openZip` reads the central directory only (yauzl, lazily, nothing inflated) and checks every
 * entry's declared sizes: the total uncompressed size, the compression ratio of large entries,
 * the number of entries, encryption and compression method. Entries are then inflated one at a
 * time, on demand, with zlib's `maxOutputLength` set to the size the directory declared, so an
 * entry that lies about its size fails after at most that many bytes instead of filling memory.
 * The input bytes are only read, never written, and nothing touches the file system.
 *
 * Every failure is a `ParseError` (`{code, message}`), never an exception to the caller.
 */
import { inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import type { ParseError } from '../tree/types.js';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. Default 200 MiB. */
  maxTotalBytes: number;
  /** Highest uncompressed:compressed ratio allowed for an entry larger than `ratioFloorBytes`. Default 100. */
  maxRatio: number;
  /** Entries up to this uncompressed size are not ratio-checked (tiny XML parts compress well). Default 1 MiB. */
  ratioFloorBytes: number;
  /** Most entries a package may list. Default 10 000. */
  maxEntries: number;
  /** Largest single entry that may be inflated. Default 64 MiB. */
  maxEntryBytes: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxTotalBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 10_000,
  maxEntryBytes: 64 * 1024 * 1024,
};

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; error: ParseError };

const MiB = 1024 * 1024;

function fail<T>(code: string, message: string): ZipResult<T> {
  return { ok: false, error: { code, message } };
}

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(bytes >= 10 * MiB ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}

/** One line from an error thrown by yauzl or zlib. */
function causeOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/** A ZIP whose directory passed the checks; entries inflate on demand, each at most once. */
export class GuardedZip {
  private readonly entries = new Map<string, yauzl.Entry>();
  private inflated = 0;

  constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly buffer: Buffer,
    entries: readonly yauzl.Entry[],
    readonly limits: Readonly<ZipLimits>,
  ) {
    for (const entry of entries) if (!this.entries.has(entry.fileName)) this.entries.set(entry.fileName, entry);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  info(name: string): ZipEntryInfo | undefined {
    const entry = this.entries.get(name);
    return entry && { name, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize };
  }

  /** Total bytes inflated so far (for tests and the benchmark). */
  get inflatedBytes(): number {
    return this.inflated;
  }

  /** The entry's bytes, inflated; at most its declared size is ever produced. */
  async read(name: string): Promise<ZipResult<Buffer>> {
    const entry = this.entries.get(name);
    if (!entry) return fail('missing-part', `the package has no ${name}`);
    if (entry.uncompressedSize > this.limits.maxEntryBytes) {
      return fail(
        'part-too-large',
        `${name} is ${formatBytes(entry.uncompressedSize)} uncompressed, over the ${formatBytes(this.limits.maxEntryBytes)} limit`,
      );
    }
    let start: number;
    try {
      start = (await this.zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
    } catch (error) {
      return fail('corrupt-zip', `the ZIP archive is damaged (${name}: ${causeOf(error)})`);
    }
    const end = start + entry.compressedSize;
    if (end > this.buffer.length) return fail('corrupt-zip', `the ZIP archive is truncated (${name} runs past the end)`);
    const raw = this.buffer.subarray(start, end);
    let data: Buffer;
    if (entry.compressionMethod === 0) {
      data = raw;
    } else if (entry.uncompressedSize === 0) {
      data = Buffer.alloc(0);
    } else {
      try {
        data = inflateRawSync(raw, { maxOutputLength: entry.uncompressedSize });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
          return fail('zip-bomb', `${name} inflates past the ${formatBytes(entry.uncompressedSize)} its directory declares; refusing a possible zip bomb`);
        }
        return fail('corrupt-zip', `the ZIP archive is damaged (${name}: ${causeOf(error)})`);
      }
    }
    if (data.length !== entry.uncompressedSize) {
      return fail('corrupt-zip', `the ZIP archive is damaged (${name} inflates to ${data.length} bytes, not the ${entry.uncompressedSize} declared)`);
    }
    this.inflated += data.length;
    return { ok: true, value: data };
  }

  /** The entry as UTF-8 text (a byte-order mark dropped). */
  async readText(name: string): Promise<ZipResult<string>> {
    const bytes = await this.read(name);
    if (!bytes.ok) return bytes;
    let text = bytes.value.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, value: text };
  }

  close(): void {
    this.zip.close();
  }
}

/**
 * Opens `bytes` as a ZIP and checks its central directory against `limits` before anything is
 * inflated.
 */
export async function openZip(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): Promise<ZipResult<GuardedZip>> {
  const max: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  if (bytes.length === 0) return fail('empty-file', 'the file is empty');
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    return fail('corrupt-zip', `the file is a damaged or truncated ZIP archive (${causeOf(error)})`);
  }

  if (zip.entryCount > max.maxEntries) {
    zip.close();
    return fail('zip-bomb', `the ZIP lists ${zip.entryCount} entries, over the limit of ${max.maxEntries}`);
  }

  const entries: yauzl.Entry[] = [];
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      if (entry.isEncrypted()) {
        zip.close();
        return fail('encrypted', `the ZIP entry ${entry.fileName} is encrypted (password-protected); save the document without a password`);
      }
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
        zip.close();
        return fail('corrupt-zip', `the ZIP entry ${entry.fileName} uses compression method ${entry.compressionMethod}, which Word does not write`);
      }
      total += entry.uncompressedSize;
      if (total > max.maxTotalBytes) {
        zip.close();
        return fail(
          'zip-bomb',
          `the ZIP declares more than ${formatBytes(max.maxTotalBytes)} of uncompressed content; refusing a possible zip bomb`,
        );
      }
      if (entry.uncompressedSize > max.ratioFloorBytes) {
        const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
        if (ratio > max.maxRatio) {
          zip.close();
          return fail(
            'zip-bomb',
            `the ZIP entry ${entry.fileName} expands ${Math.round(ratio)}:1 to ${formatBytes(entry.uncompressedSize)} (limit ${max.maxRatio}:1); refusing a possible zip bomb`,
          );
        }
      }
    }
  } catch (error) {
    zip.close();
    return fail('corrupt-zip', `the ZIP archive's directory is damaged (${causeOf(error)})`);
  }
  return { ok: true, value: new GuardedZip(zip, buffer, entries, max) };
}
