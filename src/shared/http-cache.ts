/**
 * Caching of public answers: a strong ETag over what the answer says, and 304 Not Modified when the
 * client has it already.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
/** A strong ETag over what an answer says (the basis leaves out what changes without meaning, as producedAt). */
export function etagOf(basis: string): string {
  return `"${createHash('sha256').update(basis).digest('base64url').slice(0, 27)}"`;
}

/** Whether If-None-Match names the ETag (RFC 9110 13.1.2: a list, weak comparison, or `*`). */
function notModified(request: FastifyRequest, etag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === etag || tag === '*');
}

/** Sends an answer with its ETag, answering 304 when the client has it already. */
export function sendWithEtag(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: { readonly type: string; readonly body: string | Buffer; readonly etag: string },
  cacheControl = 'public, max-age=60',
) {
  reply.header('etag', answer.etag).header('cache-control', cacheControl).header('vary', 'accept-encoding');
  if (notModified(request, answer.etag)) return reply.code(304).send();
  return reply.type(answer.type).send(answer.body);
}

/** Sends a body with a strong ETag over its content (producedAt aside), answering 304 when it matches. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, type: string, body: string, etagBasis: string) {
  return sendWithEtag(request, reply, { type, body, etag: etagOf(etagBasis) });
}
