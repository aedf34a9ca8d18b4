import { unzipSync } from 'fflate';
import { Bundle, BUNDLE_ENTRY, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION } from '../../api/bundle/format';
import { AppError } from '../../api/errors';
import { LIMITS } from '../../import/limits';

// Reading a bundle file into a validated Bundle, or one clear error: nothing
// downstream sees a bundle that is not whole and of a version this app reads.

const MB = 1024 * 1024;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function bad(message: string, field?: string): never {
  throw new AppError('invalid-argument', message, field);
}

function jsonText(bytes: Uint8Array): string {
  if (!ZIP.every((b, i) => bytes[i] === b)) return new TextDecoder().decode(bytes);
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== BUNDLE_ENTRY) return false;
        if (f.originalSize > LIMITS.bundleJsonBytes) throw new AppError('too-large', `${BUNDLE_ENTRY} inflates to ${(f.originalSize / MB).toFixed(0)} MB; the limit is ${LIMITS.bundleJsonBytes / MB} MB`);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof AppError) throw err;
    return bad(`the bundle is damaged or cut off: the zip cannot be read (${(err as Error).message})`);
  }
  const entry = files[BUNDLE_ENTRY];
  if (!entry) return bad(`the zip holds no ${BUNDLE_ENTRY}: not a Chainline bundle`);
  return new TextDecoder().decode(entry);
}

/** Where a validation issue is, named by the record (id and title) when it is inside one. */
function placeOf(raw: unknown, path: PropertyKey[]): string {
  const [d, table, index] = path;
  if (d === 'data' && typeof index === 'number') {
    const row = ((raw as { data?: Record<string, unknown[]> }).data?.[String(table)] ?? [])[index] as { id?: unknown; title?: unknown; name?: unknown } | undefined;
    const label = [row?.id, row?.title ?? row?.name].filter((x) => typeof x === 'string').join(' ');
    if (label) return `${String(table).replace(/s$/, '')} ${label} (${path.join('.')})`;
  }
  return path.join('.') || 'the bundle';
}

/** The bundle in a file's bytes, validated whole. */
export function readBundleFile(bytes: Uint8Array): Bundle {
  if (bytes.length > LIMITS.bundleBytes) {
    throw new AppError('too-large', `the file is ${(bytes.length / MB).toFixed(1)} MB; the limit for a bundle is ${LIMITS.bundleBytes / MB} MB: export fewer records at a time`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText(bytes).replace(/^\uFEFF/, ''));
  } catch (err) {
    if (err instanceof AppError) throw err;
    return bad(`the bundle is damaged or cut off: ${BUNDLE_ENTRY} is not whole JSON (${(err as Error).message})`);
  }
  const head = (raw ?? {}) as { format?: unknown; formatVersion?: unknown };
  if (head.format !== BUNDLE_FORMAT) bad(`not a Chainline bundle: "format" must be "${BUNDLE_FORMAT}"`, 'format');
  if (typeof head.formatVersion === 'number' && head.formatVersion > BUNDLE_FORMAT_VERSION) {
    bad(`this bundle was made by a newer Chainline (bundle format ${head.formatVersion}; this one reads ${BUNDLE_FORMAT_VERSION}): update Chainline to import it`, 'formatVersion');
  }
  const parsed = Bundle.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    bad(`the bundle is not valid at ${placeOf(raw, issue.path)}: ${issue.message}`, issue.path.join('.'));
  }
  return parsed.data;
}
