import { isCloudFormationCreateStackSet } from '@/lib/console';
import { findChoice } from '@/lib/console/dom-find';
import { checkDeploymentOptions, describeTargets, readDeploymentOptions, type DeploymentOptionsRead } from '@/lib/console/read-stack-set';
import { addAction, type ActionOutcome } from '@/page-runtime/action-button';
import { whenever } from '@/page-runtime/decorate';
import { defineFeature } from '@/page-runtime/feature';
import { offerStackForm } from '@/page-runtime/stack-form';

const outcomeOf = (options: DeploymentOptionsRead): ActionOutcome => {
  const check = checkDeploymentOptions(options);
  return check.ok ? { status: 'done', message: `${check.reading} That matches the plan in the side panel.` } : { status: 'problem', message: `${check.reading} To change: ${check.problems.join('; ')}.` };
};

/**
 * CloudFormation "Create StackSet": the StackSet's name and parameters in one click, and on the
 * deployment options step a check of what the page is set to deploy (targets, regions, automatic
 * deployment) against the side panel's plan.
 */
export default defineFeature({
  id: 'fill-cloudformation-stack-set',
  runsOn: [isCloudFormationCreateStackSet],
  init(signal, context) {
    offerStackForm(context, signal, {
      nameField: 'stackSetName',
      noun: 'StackSet',
      values: async () => {
        const stackSet = (await context.view()).cloudFormation?.stackSet;
        return stackSet && { name: stackSet.stackSetName, parameters: stackSet.parameters };
      },
    }, 'Fill StackSet name and parameters');

    whenever(signal, () => [findChoice(document, 'deployToOrganization')].filter((choice) => choice !== undefined), (choice) => {
      const group = choice.closest('[role="radiogroup"]') ?? choice.closest('[class*="awsui_root_"]') ?? choice;
      void addAction(context, { anchor: group, append: 'before' }, {
        action: 'check-deployment',
        label: 'Check the deployment options',
        describe: () => `Now set to deploy to ${describeTargets(readDeploymentOptions(document))}.`,
        run: async () => outcomeOf(readDeploymentOptions(document)),
      }, signal);
    });
  },
});
