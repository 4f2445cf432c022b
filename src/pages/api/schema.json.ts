import type { APIRoute } from 'astro';
import { jsonSchemas } from '../../lib/json-schema';

export const GET: APIRoute = ({ site }) => Response.json(jsonSchemas(site?.origin ?? ''));
