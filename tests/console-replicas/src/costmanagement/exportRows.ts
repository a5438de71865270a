import type { ReplicaDataExport } from '../../contract';

/** Where the export's files land: s3://BUCKET/PREFIX/NAME/ (the console shows this as "S3 destination"). */
export const s3Destination = (row: Pick<ReplicaDataExport, 'bucket' | 'prefix' | 'name'>) =>
  `s3://${row.bucket}/${row.prefix ? `${row.prefix.replace(/^\/+|\/+$/g, '')}/` : ''}${row.name}/`;

export const statusType = (status: string) =>
  status === 'Healthy' ? 'success' : status === 'Pending' ? 'pending' : status === 'Unhealthy' ? 'error' : 'info';

export const EXPORT_NAME = /^[0-9A-Za-z!\-_.*'()]{1,128}$/;
export const PATH_PREFIX = /^[0-9A-Za-z!\-_.*'()/]{1,512}$/;
export const BUCKET_NAME = /^(?!xn--|sthree-|amzn-s3-demo-)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
