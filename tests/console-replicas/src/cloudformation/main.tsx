// Evidence: none — mount glue only.
// Assumed without evidence: nothing beyond what CloudFormationApp assumes.
import { mountReplica } from '../shell/mount';
import { CloudFormationApp } from './CloudFormationApp';

mountReplica('cloudformation', 'hash', CloudFormationApp);
