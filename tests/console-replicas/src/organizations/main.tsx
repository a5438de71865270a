// Evidence: none — mount glue only.
// Assumed without evidence: nothing beyond what OrganizationsApp assumes.
import { mountReplica } from '../shell/mount';
import { OrganizationsApp } from './OrganizationsApp';

mountReplica('organizations', 'history', OrganizationsApp, '/organizations/');
