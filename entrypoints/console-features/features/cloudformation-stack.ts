import { isCloudFormationCreateStack } from '@/lib/console';
import { defineFeature } from '@/page-runtime/feature';
import { offerStackForm } from '@/page-runtime/stack-form';

/**
 * CloudFormation "Create stack" with the template from the side panel: once the template is
 * uploaded, the details step gets its stack name and parameters (bucket, External ID) in one click.
 */
export default defineFeature({
  id: 'fill-cloudformation-stack',
  runsOn: [isCloudFormationCreateStack],
  init(signal, context) {
    offerStackForm(context, signal, {
      nameField: 'stackName',
      noun: 'stack',
      values: async () => {
        const view = (await context.view()).cloudFormation;
        return view && { name: view.stackName, parameters: view.stackParameters };
      },
    }, 'Fill stack name and parameters');
  },
});
