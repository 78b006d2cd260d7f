/**
 * Uploaded documents are checked by their size and by their bytes, not by what the sender says they are:
 * the first bytes must be those of the declared type (PDF, JPEG or PNG), and the file at most 5 MiB.
 * The schema checks and leaves the input as it is (every edge may parse it again); `decodeUpload` gives the
 * bytes.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The largest request body that can carry a 5 MiB file in base64, with room for the other fields. */
export const UPLOAD_BODY_LIMIT = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 64 * 1024;

const signatures: Record<'application/pdf' | 'image/jpeg' | 'image/png', readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

export const uploadSchema = z
  .strictObject({
    mediaType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
    base64: z
      .string()
      .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4 + 4, 'at most 5 MiB')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'standard base64, without line breaks'),
  })
  .superRefine((upload, ctx) => {
    const bytes = Buffer.from(upload.base64, 'base64');
    if (bytes.length === 0) ctx.addIssue({ code: 'custom', path: ['base64'], message: 'the file is empty' });
    else if (bytes.length > MAX_UPLOAD_BYTES) ctx.addIssue({ code: 'custom', path: ['base64'], message: 'the file is larger than 5 MiB' });
    else if (!signatures[upload.mediaType].every((byte, i) => bytes[i] === byte)) {
      ctx.addIssue({ code: 'custom', path: ['base64'], message: `the file is not a ${upload.mediaType} (its first bytes say otherwise)` });
    }
  });

export type Upload = z.output<typeof uploadSchema>;

export function decodeUpload(upload: Upload): { bytes: Uint8Array; sha256: string; size: number } {
  const bytes = new Uint8Array(Buffer.from(upload.base64, 'base64'));
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
}
