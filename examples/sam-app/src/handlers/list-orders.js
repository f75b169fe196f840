// GET /orders?status=… — lists orders in a status.
// Deliberate problem: a Scan with a filter reads (and bills) the whole table, and only its first page.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event) => {
  const status = event.queryStringParameters?.status ?? 'OPEN';
  const result = await client.send(
    new ScanCommand({
      TableName: process.env.ORDERS_TABLE,
      FilterExpression: 'orderStatus = :status',
      ExpressionAttributeValues: { ':status': status },
    }),
  );
  return { statusCode: 200, body: JSON.stringify(result.Items ?? []) };
};
