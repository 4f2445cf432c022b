/**
 * The in-force status shown beside a provision wherever a view lists provisions (search results,
 * compare). One function, so how a provision's own status reads can change in one place. Pure.
 */
import type { Instrument, Provision } from '../schemas';
import { IN_FORCE_LABELS, type InForceId } from '../vocab';
import { provisionInForceOn } from './as-of';

export interface ProvisionStatus {
  /** The provision's own status on the date (never the instrument's where the provision has its own). */
  value: InForceId;
  /** How the status reads: "In force", "Commencement not confirmed"... */
  label: string;
  /** The status as a view prints it, with its date where it has one: "In force since 2024-07-01". */
  text: string;
  /** The date it took or takes effect, where the provision records one. */
  from?: string;
  /** What is not confirmed about it, where something is not. */
  unverified?: string;
}

/** The status of `prov` of `inst` on `date`, as the views show it. */
export function provisionStatus(inst: Instrument, prov: Provision, date: string): ProvisionStatus {
  const value = provisionInForceOn(inst, prov, date);
  const label = IN_FORCE_LABELS[value];
  const from = prov.inForce?.from;
  const text =
    from && value === 'yes' && from <= date
      ? `${label} since ${from}`
      : from && value === 'no' && from > date
        ? `${label} until ${from}`
        : label;
  return {
    value,
    label,
    text,
    ...(prov.inForce?.from ? { from: prov.inForce.from } : {}),
    ...(prov.inForce?.unverified ? { unverified: prov.inForce.unverified } : {}),
  };
}
