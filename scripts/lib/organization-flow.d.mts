import type { WholeFlowStage } from './whole-flow.mjs';

export declare const stackSetName: 'FinOpsForCloudAccess';
/** The Organizations replica's member account IDs, in order. */
export declare function memberAccountId(index: number): string;
/** The organization tour's stages for `members` member accounts; the panel's downloads go to `filesDir`. */
export declare function organizationStages(options: { members: number; filesDir: string }): WholeFlowStage[];
