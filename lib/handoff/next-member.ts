/**
 * "Fill next member account" on the portal's connect page: the background's replies, and the
 * words the button uses. Types and plain functions only: the portal content script imports this.
 */
import type { Result } from '../result';
import { displayAccountId } from './fill-result';
import type { PortalFill } from './portal-fill';

/** Which member account the next press fills, and how far down the list that is. */
export interface NextMember {
  accountId: string;
  accountLabel?: string;
  /** Member accounts not yet connected, this one included. */
  remaining: number;
  /** Member accounts in the batch list. */
  total: number;
}

/** `peek` answers only `next`; a press also carries the fill plan (and moves down the list). */
export type PortalFillNextReply = Result<{ next: NextMember; fill?: PortalFill }>;

export type PortalMemberConnectedReply = Result<{ accountId: string }>;

export const fillNextLabel = (next: NextMember | undefined): string =>
  next
    ? `Fill next member account: ${displayAccountId(next.accountId)}${next.accountLabel ? ` (${next.accountLabel})` : ''}`
    : 'Fill next member account';

export const fillNextNote = (next: NextMember): string =>
  `${next.remaining} of ${next.total} member account${next.total === 1 ? '' : 's'} still to connect. Each press fills the next one: type Member, assumed role, account ID and role name.`;
