// Evidence: none — mount glue only.
// Assumed without evidence: nothing beyond what BillingApp assumes.
import { mountReplica } from '../shell/mount';
import { BillingApp } from './BillingApp';

mountReplica('billing', 'hash', BillingApp);
