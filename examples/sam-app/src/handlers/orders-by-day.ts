// GET /orders/by-day/{date} — the day's order ids.
// Deliberate problem: the index is called byDay in the template; DynamoDB rejects 'byDate' at run time.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateQuery } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { pathParameters: { date: string } }) => {
  const ids: string[] = [];
  const pages = paginateQuery(
    { client },
    {
      TableName: process.env.ORDERS_TABLE,
      IndexName: 'byDate',
      KeyConditionExpression: 'createdDate = :day',
      ExpressionAttributeValues: { ':day': event.pathParameters.date },
    },
  );
  for await (const page of pages) ids.push(...(page.Items ?? []).map((item) => String(item.orderId)));
  return { statusCode: 200, body: JSON.stringify(ids) };
};
