// Evidence: none — mount glue only.
// Assumed without evidence: nothing beyond what IamApp assumes.
import { mountReplica } from '../shell/mount';
import { IamApp } from './IamApp';

mountReplica('iam', 'hash', IamApp);
