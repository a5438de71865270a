import { mountReplica } from '../shell/mount';
import { IamApp } from './IamApp';

mountReplica('iam', 'hash', IamApp);
