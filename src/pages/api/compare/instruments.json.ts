import type { APIRoute } from 'astro';
import { loadKb, siteDate } from '../../../data/kb';
import { instrumentCompareData } from '../../../lib/compare';

/** Fetched by the compare page when instruments are chosen. */
export const GET: APIRoute = async () => Response.json(instrumentCompareData((await loadKb()).instruments, siteDate));
