// Evidence: none — mount glue only.
// Assumed without evidence: nothing beyond what S3App assumes.
import { mountReplica } from '../shell/mount';
import { S3App } from './S3App';

mountReplica('s3', 'history', S3App, '/s3/');
