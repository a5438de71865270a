/** The parts of the CloudFormation template grammar our templates use. */

export type Ref = { Ref: string };
export type Sub = { 'Fn::Sub': string };
export type GetAtt = { 'Fn::GetAtt': [string, string] };

/** A value CloudFormation resolves when it creates the stack. */
export type Intrinsic = Ref | Sub | GetAtt;

/** Plain JSON in which any value may be an intrinsic function (a policy document with parameters in it). */
export type TemplateValue = string | number | boolean | Intrinsic | TemplateValue[] | { [key: string]: TemplateValue };

export interface TemplateParameter {
  Type: 'String';
  Description: string;
  Default?: string;
  AllowedPattern?: string;
  ConstraintDescription?: string;
  MinLength?: number;
  MaxLength?: number;
  /** Hides the value in the console, in DescribeStacks and in events. */
  NoEcho?: boolean;
}

export interface TemplateResource {
  Type: 'AWS::IAM::ManagedPolicy' | 'AWS::IAM::Role' | 'AWS::IAM::User';
  Properties: Record<string, TemplateValue>;
}

export interface TemplateOutput {
  Description: string;
  Value: TemplateValue;
}

/** Shown by the CloudFormation console when it asks for parameter values. */
export interface ParameterInterface {
  ParameterGroups: { Label: { default: string }; Parameters: string[] }[];
  ParameterLabels: Record<string, { default: string }>;
}

export interface CloudFormationTemplate {
  AWSTemplateFormatVersion: '2010-09-09';
  Description: string;
  Metadata?: { 'AWS::CloudFormation::Interface': ParameterInterface };
  Parameters?: Record<string, TemplateParameter>;
  Resources: Record<string, TemplateResource>;
  Outputs: Record<string, TemplateOutput>;
}
