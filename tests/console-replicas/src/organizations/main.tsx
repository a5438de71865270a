import { mountReplica } from '../shell/mount';
import { OrganizationsApp } from './OrganizationsApp';

mountReplica('organizations', 'history', OrganizationsApp, '/organizations/');
