// Evidence: none — mount glue only.
// Assumed without evidence: nothing beyond what CostManagementApp assumes.
import { mountReplica } from '../shell/mount';
import { CostManagementApp } from './CostManagementApp';

mountReplica('costmanagement', 'hash', CostManagementApp);
