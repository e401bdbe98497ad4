import exifr from 'exifr';
import { unstorableTextProblem } from '../text/storable-text';

/** What a photo says about itself, as the library's fields: prefilled on upload, the editor corrects them. */
export type EmbeddedMetadata = { caption: string; credit: string; copyright: string; keywords: string[] };

const NONE: EmbeddedMetadata = { caption: '', credit: '', copyright: '', keywords: [] };
const MAX_TEXT = 2000;
const MAX_KEYWORDS = 50;

/**
 * Reads caption, credit, copyright and keywords from the photo's XMP, IPTC and EXIF (agencies fill XMP and
 * IPTC; cameras only EXIF), preferring them in that order. Camera and GPS blocks are not even parsed: the
 * stored and served image drops them anyway (upload-image.ts), and the library never shows them. A photo
 * whose metadata cannot be read is still a photo: nothing is prefilled.
 */
export async function readEmbeddedMetadata(bytes: Uint8Array): Promise<EmbeddedMetadata> {
  try {
    const raw = (await exifr.parse(Buffer.from(bytes), {
      tiff: true,
      exif: false,
      gps: false,
      interop: false,
      ifd1: false,
      iptc: true,
      xmp: true,
      mergeOutput: true,
    })) as Record<string, unknown> | undefined;
    return raw ? fromTags(raw) : NONE;
  } catch {
    return NONE;
  }
}

/** exifr's merged tags to our fields (XMP first: it is Unicode; IPTC and EXIF may be in a legacy charset). */
function fromTags(raw: Record<string, unknown>): EmbeddedMetadata {
  return {
    caption: firstText(raw.description, raw.Caption, raw.ImageDescription),
    credit: firstText(raw.Credit, raw.creator, raw.Byline, raw.Artist),
    copyright: firstText(raw.rights, raw.CopyrightNotice, raw.Copyright),
    keywords: [...new Set(list(raw.subject ?? raw.Keywords).map((keyword) => firstText(keyword)).filter(Boolean))].slice(0, MAX_KEYWORDS),
  };
}

/** XMP language alternatives arrive as { lang, value }, sequences as arrays: each made plain text. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ');
  if (value && typeof value === 'object' && 'value' in value) return text(value.value);
  return '';
}

function firstText(...values: unknown[]): string {
  for (const value of values) {
    // NULs and other control characters (some cameras pad with them) are not text PostgreSQL should hold.
    const clean = text(value).replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
    if (clean && !unstorableTextProblem(clean)) return clean.slice(0, MAX_TEXT);
  }
  return '';
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text);
  const single = text(value);
  return single ? single.split(/[,;]/) : [];
}
