/**
 * Caching of public answers: a strong ETag over what the answer says, and 304 Not Modified when the
 * client has it already.
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Sends a body with a strong ETag over its content (producedAt aside), answering 304 when it matches. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, type: string, body: string, etagBasis: string) {
  const etag = `"${createHash('sha256').update(etagBasis).digest('base64url').slice(0, 27)}"`;
  reply.header('etag', etag).header('cache-control', 'public, max-age=60').header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return reply.type(type).send(body);
}

