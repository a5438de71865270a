import { mountReplica } from '../shell/mount';
import { CloudFormationApp } from './CloudFormationApp';

mountReplica('cloudformation', 'hash', CloudFormationApp);
