/** PynamoDB models declared in one file and scanned from another: the scan finds the model's table. */
import { describe, expect, it } from 'vitest';
import { pynamoModels, pythonClasses } from '../../src/code/python-models.ts';
import { jsonReport } from '../helpers/cli.ts';
import { workspace } from '../helpers/workspace.ts';

const ORDER_MODEL = `import os

from pynamodb.attributes import UnicodeAttribute
from pynamodb.models import Model


class OrderModel(Model):
    """One order."""

    class Meta:
        table_name = "orders"
        region = os.environ.get("AWS_REGION", "eu-west-1")

    order_id = UnicodeAttribute(hash_key=True)
`;

const BASE_MODEL = `from pynamodb.models import Model


class BaseModel(Model):
    class Meta:
        region = "eu-west-1"
`;

const INVOICE_MODEL = `import os

from models.base import BaseModel


class InvoiceModel(BaseModel):
    class Meta:
        table_name = os.environ["INVOICES_TABLE"]
`;

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Environment:
      Variables:
        INVOICES_TABLE: !Ref Invoices
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: orders
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: order_id
          AttributeType: S
      KeySchema:
        - AttributeName: order_id
          KeyType: HASH
  Invoices:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: invoice_id
          AttributeType: S
      KeySchema:
        - AttributeName: invoice_id
          KeyType: HASH
`;

describe('PynamoDB models imported from another file', () => {
  it('reads model classes, their table names and their bases from the text', () => {
    const classes = [
      ...pythonClasses(ORDER_MODEL, 'models/order.py'),
      ...pythonClasses(BASE_MODEL, 'models/base.py'),
      ...pythonClasses(INVOICE_MODEL, 'models/invoice.py'),
      ...pythonClasses('class Meta:\n    table_name = "x"\n\nclass Report(Base):\n    pass\n', 'report.py'),
    ];
    const models = pynamoModels(classes);
    expect(models.map((m) => m.name)).toEqual(['OrderModel', 'BaseModel', 'InvoiceModel']);
    const [order, , invoice] = models;
    expect(order?.table).toBe('orders');
    expect(order?.location).toMatchObject({ file: 'models/order.py', line: 11, column: 22 });
    expect(invoice?.tableVariable).toBe('INVOICES_TABLE');
    expect(invoice?.location).toMatchObject({ file: 'models/invoice.py', line: 8 });
  });

  it('attributes a scan of an imported model to the table its Meta names, and ignores other classes', async () => {
    const dir = await workspace({
      'template.yaml': TEMPLATE,
      'models/__init__.py': '',
      'models/order.py': ORDER_MODEL,
      'models/base.py': BASE_MODEL,
      'models/invoice.py': INVOICE_MODEL,
      'handlers/list_orders.py': `import json

from models.order import OrderModel


def handle(event, context):
    return {"body": json.dumps([order.attribute_values for order in OrderModel.scan()])}
`,
      'handlers/list_invoices.py': `from models.invoice import InvoiceModel as Invoices


def handle(event, context):
    return [invoice.invoice_id for invoice in Invoices.scan(limit=100)]
`,
      // A class of the same shape that is not a model: its scan is not DynamoDB's.
      'handlers/reindex.py': `from search.index import SearchIndex


def handle(event, context):
    return SearchIndex.scan()
`,
    });
    const report = await jsonReport(dir, [
      '.',
      '--rule',
      'point-in-time-recovery=off',
      '--rule',
      'deletion-protection=off',
    ]);
    const scans = report.findings.filter((f) => f.ruleId === 'scan-usage');
    expect(scans.map((f) => [f.location.file, f.table])).toEqual([
      ['handlers/list_invoices.py', 'Invoices'],
      ['handlers/list_orders.py', 'Orders'],
    ]);
    console.log(JSON.stringify(scans.map((f) => f.message)));
    expect(scans[1]?.message).toContain('Orders (template.yaml:8)');
  });
});
