/**
 * Documents sent from the person's pages: a plain HTML form with `enctype="multipart/form-data"` (works without
 * JavaScript), read with @fastify/multipart in a scope of its own, so that only the upload routes take
 * multipart bodies and every other page keeps refusing them. The limits are the API's: one file at most
 * 5 MiB (MAX_UPLOAD_BYTES), checked by its size and then by its bytes through the API's own `uploadSchema`
 * (the first bytes must be those of a PDF, JPEG or PNG); what the browser says the file is counts only as the
 * claim the bytes must bear out. A file too large is cut at the limit and refused, never read whole.
 *
 * Every document goes into the case through `case.record-document`, the same command, checks and audit as
 * `POST /api/v1/cases/:id/actions/case.record-document`.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import { act, type Db } from '../../cases/commands.ts';
import type { CaseDoc, CaseDocument, DocumentKind } from '../../cases/model.ts';
import { MAX_UPLOAD_BYTES, uploadSchema, type Upload } from '../../cases/uploads.ts';
import { t, translateKey } from '../../i18n/format.ts';
import type { Lang } from '../../i18n/languages.ts';
import type { FieldError } from '../forms.ts';
import type { Person } from './sign-in.ts';

/** The most files one form sends (the application's documents page has three slots). */
export const MAX_FILES_PER_FORM = 3;

export interface SentFile {
  /** The type the browser claims (from the file's name); the bytes must bear it out. */
  readonly mimetype: string;
  readonly bytes: Buffer;
  /** Larger than MAX_UPLOAD_BYTES: cut at the limit. */
  readonly tooLarge: boolean;
}

export interface UploadForm {
  readonly fields: Readonly<Record<string, string>>;
  /** Files by field name; a file input left empty is absent. */
  readonly files: Readonly<Record<string, SentFile>>;
}

/** Routes that take a multipart form: registered in a scope of their own with the upload limits. */
export function registerUploadRoutes(app: FastifyInstance, routes: (scope: FastifyInstance) => void): void {
  void app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_FILES_PER_FORM, fields: 20, fieldSize: 1024, parts: 20 + MAX_FILES_PER_FORM, headerPairs: 100 },
    });
    routes(scope);
  });
}

/** The form's fields and files; an empty form (not multipart at all) gives no fields, so its CSRF check fails. */
export async function readUploadForm(request: FastifyRequest): Promise<UploadForm> {
  const fields: Record<string, string> = {};
  const files: Record<string, SentFile> = {};
  if (!request.isMultipart()) return { fields, files };
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      // A file input left empty still sends a part, with no name and no bytes.
      if (part.filename === '' && bytes.length === 0) continue;
      files[part.fieldname] = { mimetype: part.mimetype, bytes, tooLarge: part.file.truncated };
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return { fields, files };
}

/** A sent file as the API's upload (`{ mediaType, base64 }`), checked by the API's schema; or why not. */
export function checkFile(lang: Lang, field: string, file: SentFile | undefined): { content: Upload } | { error: FieldError } {
  if (file === undefined || file.bytes.length === 0) return { error: { field, message: t(lang, 'public.apply.documents.error.file') } };
  if (file.tooLarge || file.bytes.length > MAX_UPLOAD_BYTES) return { error: { field, message: t(lang, 'public.apply.documents.error.size') } };
  const parsed = uploadSchema.safeParse({ mediaType: file.mimetype, base64: file.bytes.toString('base64') });
  if (!parsed.success) return { error: { field, message: t(lang, 'public.apply.documents.error.type') } };
  return { content: parsed.data };
}

/** Records one document in the person's case (the API's command); gives the version the person sees after it. */
export async function recordDocument(
  db: Db,
  person: Person,
  version: number,
  document: { kind: DocumentKind; personId: string | null; status: 'uploaded' | 'will-send-later'; content?: Upload },
): Promise<number> {
  const result = await act(
    db,
    person,
    person.caseId,
    'case.record-document',
    { kind: document.kind, personId: document.personId, status: document.status, ...(document.content ? { content: document.content } : {}) },
    { expectedVersion: version },
  );
  return result.version;
}

/** A document as the person's pages name it: its kind, and whose it is in a household of more than one. */
export function documentName(lang: Lang, doc: CaseDoc, document: { readonly kind: DocumentKind; readonly personId: string | null }): string {
  const kind = translateKey(lang, `public.myApplication.kind.${document.kind}`);
  const owner = doc.household.length > 1 ? doc.household.find((p) => p.id === document.personId) : undefined;
  return owner ? t(lang, 'public.myApplication.documents.ofPerson', { document: kind, name: owner.name }) : kind;
}

/** The documents the person said they would send later and has not sent yet. */
export function stillToSend(doc: CaseDoc): CaseDocument[] {
  return doc.documents.filter((d) => d.status === 'will-send-later');
}
