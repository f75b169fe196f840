/** CloudFormation fixtures: a template with one table keyed on `pk`, varied where a test needs it. */
export interface TableTemplate {
  readonly table?: string;
  readonly billing?: string;
  /** String attributes defined besides `pk` (unused ones are a finding). */
  readonly attributes?: readonly string[];
  /** More lines under `Properties`, indented six spaces. */
  readonly properties?: string;
}

export function tableTemplate(options: TableTemplate = {}): string {
  const attributes = ['pk', ...(options.attributes ?? [])]
    .map((name) => `        - AttributeName: ${name}\n          AttributeType: S\n`)
    .join('');
  return `Resources:
  ${options.table ?? 'Orders'}:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: ${options.billing ?? 'PAY_PER_REQUEST'}
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
      AttributeDefinitions:
${attributes}${options.properties ?? ''}`;
}
