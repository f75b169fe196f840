"""Settles a merchant's pending payments.

Deliberate problems: a Scan with a filter (unpaginated) and a PartiQL SELECT that does not pin the
partition key (paymentId), which DynamoDB also runs as a full-table scan.
"""
import os

import boto3
from boto3.dynamodb.conditions import Attr

PAYMENTS_TABLE = os.environ["PAYMENTS_TABLE"]

dynamodb = boto3.resource("dynamodb")
client = boto3.client("dynamodb")


def pending_for(merchant_id):
    table = dynamodb.Table(PAYMENTS_TABLE)
    response = table.scan(FilterExpression=Attr("merchantId").eq(merchant_id) & Attr("settledAt").not_exists())
    return response["Items"]


def settled_count():
    result = client.execute_statement(
        Statement='SELECT paymentId FROM "payments-dev" WHERE settledAt > ?',
        Parameters=[{"N": "0"}],
    )
    return len(result["Items"])


def handler(event, context):
    pending = pending_for(event["merchantId"])
    return {"pending": len(pending), "settled": settled_count()}
