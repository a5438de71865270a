import { mountReplica } from '../shell/mount';
import { CostManagementApp } from './CostManagementApp';

mountReplica('costmanagement', 'hash', CostManagementApp);
