import { mountReplica } from '../shell/mount';
import { BillingApp } from './BillingApp';

mountReplica('billing', 'hash', BillingApp);
