/**
 * The status shown beside a provision wherever a view lists provisions (search results, compare), from the
 * one derivation in ./status.ts, so how a provision's own status reads changes in one place. Pure.
 */
import type { Instrument, Provision } from '../schemas';
import type { LegalStatusId } from '../vocab';
import { provisionStatus as legalStatus, statusText } from './status';

export interface ProvisionStatus {
  /** The provision's own status on the date (never the instrument's where the provision has its own). */
  value: LegalStatusId;
  /** How the status reads: "In force", "Commencement not confirmed", "Bill, not law"... */
  label: string;
  /** The status as a view prints it, with its date where it has one: "In force (since 2024-07-01)". */
  text: string;
  /** The date it took or takes effect, where the provision records one. */
  from?: string;
  /** What is not confirmed about it, where something is not. */
  unverified?: string;
}

/** The status of `prov` of `inst` on `date`, as the views show it. */
export function provisionStatus(inst: Instrument, prov: Provision, date: string): ProvisionStatus {
  const s = legalStatus(inst, prov, date);
  return {
    value: s.id,
    label: s.label,
    text: statusText(s),
    ...(prov.inForce?.from ? { from: prov.inForce.from } : {}),
    ...(prov.inForce?.unverified ? { unverified: prov.inForce.unverified } : {}),
  };
}
