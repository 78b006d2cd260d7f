import { z } from 'zod';

export const fieldErrorSchema = z
  .object({
    path: z.string().describe('JSON Pointer to the field at fault'),
    code: z.string(),
    message: z.string(),
  })
  .meta({ id: 'FieldError' });

export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().describe('A stable error code, documented in docs/errors.md'),
    instance: z.string().optional(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem details object' });
