// GET /customers/{id}/orders?status=… — a customer's orders, through the byCustomer index.
// Deliberate problem (info): the status is filtered after the read, so every order of the customer is
// read and billed; a composite sort key (`STATUS#date`) would let the key condition select them.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const BY_CUSTOMER = 'byCustomer';

export const handler = async (event: { pathParameters: { id: string }; queryStringParameters?: { status?: string } }) => {
  const result = await client.send(
    new QueryCommand({
      TableName: process.env.ORDERS_TABLE,
      IndexName: BY_CUSTOMER,
      KeyConditionExpression: 'customerId = :customer',
      FilterExpression: '#status = :status',
      ExpressionAttributeNames: { '#status': 'orderStatus' },
      ExpressionAttributeValues: {
        ':customer': event.pathParameters.id,
        ':status': event.queryStringParameters?.status ?? 'OPEN',
      },
    }),
  );
  return { statusCode: 200, body: JSON.stringify(result.Items ?? []) };
};
