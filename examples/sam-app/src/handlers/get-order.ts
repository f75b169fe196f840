// GET /orders/{status}/{id} — a point read by the full primary key: no finding expected.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { scan } from 'rxjs';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { pathParameters: { status: string; id: string } }) => {
  const { Item } = await client.send(
    new GetCommand({
      TableName: process.env.ORDERS_TABLE,
      Key: { orderStatus: event.pathParameters.status, orderId: event.pathParameters.id },
    }),
  );
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? {}) };
};

// Not DynamoDB: RxJS's scan operator, kept here to show it is not reported.
export const runningTotal = scan((total: number, value: number) => total + value, 0);
