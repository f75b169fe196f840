import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-RSXSQYMG.js";
import {
  __toESM
} from "./chunk-RELMD6NO.js";

// src/live/validate.ts
var import_ajv = __toESM(require_ajv(), 1);
var InvalidAnswerError = class extends Error {
  name = "InvalidAnswerError";
};
var name = { type: "string", minLength: 1 };
var keyElement = {
  type: "object",
  required: ["AttributeName", "KeyType"],
  properties: { AttributeName: name, KeyType: { enum: ["HASH", "RANGE"] } }
};
var keySchema = { type: "array", minItems: 1, maxItems: 2, items: keyElement };
var indexKeySchema = { type: "array", minItems: 1, items: keyElement };
var throughput = {
  type: "object",
  properties: {
    ReadCapacityUnits: { type: "number", minimum: 0 },
    WriteCapacityUnits: { type: "number", minimum: 0 }
  }
};
var projection = {
  type: "object",
  properties: {
    ProjectionType: { enum: ["ALL", "KEYS_ONLY", "INCLUDE"] },
    NonKeyAttributes: { type: "array", items: { type: "string" } }
  }
};
var index = {
  type: "object",
  required: ["IndexName", "KeySchema"],
  properties: {
    IndexName: name,
    KeySchema: indexKeySchema,
    Projection: projection,
    ProvisionedThroughput: throughput
  }
};
var TABLE = {
  type: "object",
  required: ["TableName", "KeySchema", "AttributeDefinitions"],
  properties: {
    TableName: name,
    TableArn: name,
    KeySchema: keySchema,
    AttributeDefinitions: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["AttributeName", "AttributeType"],
        properties: { AttributeName: name, AttributeType: { enum: ["S", "N", "B"] } }
      }
    },
    BillingModeSummary: {
      type: "object",
      properties: { BillingMode: { enum: ["PROVISIONED", "PAY_PER_REQUEST"] } }
    },
    ProvisionedThroughput: throughput,
    GlobalSecondaryIndexes: { type: "array", items: index },
    LocalSecondaryIndexes: { type: "array", items: index },
    StreamSpecification: {
      type: "object",
      required: ["StreamEnabled"],
      properties: {
        StreamEnabled: { type: "boolean" },
        StreamViewType: { enum: ["NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"] }
      }
    },
    SSEDescription: {
      type: "object",
      properties: {
        Status: { enum: ["ENABLING", "ENABLED", "DISABLING", "DISABLED", "UPDATING"] },
        SSEType: { enum: ["AES256", "KMS"] }
      }
    },
    TableClassSummary: {
      type: "object",
      properties: { TableClass: { enum: ["STANDARD", "STANDARD_INFREQUENT_ACCESS"] } }
    },
    DeletionProtectionEnabled: { type: "boolean" }
  }
};
var TIME_TO_LIVE = {
  type: "object",
  required: ["TimeToLiveStatus"],
  properties: {
    TimeToLiveStatus: { enum: ["ENABLING", "DISABLING", "ENABLED", "DISABLED"] },
    AttributeName: name
  }
};
var CONTINUOUS_BACKUPS = {
  type: "object",
  required: ["ContinuousBackupsStatus", "PointInTimeRecoveryDescription"],
  properties: {
    ContinuousBackupsStatus: { enum: ["ENABLED", "DISABLED"] },
    PointInTimeRecoveryDescription: {
      type: "object",
      required: ["PointInTimeRecoveryStatus"],
      properties: { PointInTimeRecoveryStatus: { enum: ["ENABLED", "DISABLED"] } }
    }
  }
};
var TAGS = {
  type: "array",
  items: {
    type: "object",
    required: ["Key", "Value"],
    properties: { Key: { type: "string" }, Value: { type: "string" } }
  }
};
var TABLE_NAMES = { type: "array", items: name };
var ajv;
var compiled = /* @__PURE__ */ new Map();
function check(schema, value, what) {
  ajv ??= new import_ajv.Ajv({ allErrors: false, strict: true, allowUnionTypes: true, verbose: true });
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (!validate(value)) throw new InvalidAnswerError(`${what}: ${describe(validate.errors?.[0])}`);
}
function describe(error) {
  if (!error) return "unexpected shape";
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : "the answer";
  if (error.keyword === "enum") {
    return `${where} is ${JSON.stringify(error.data)}, not one of ${error.params.allowedValues.join(", ")}`;
  }
  if (error.keyword === "required") return `${where} has no ${String(error.params.missingProperty)}`;
  return `${where} ${error.message ?? "is invalid"}`;
}
function checkTableAnswer(table, requested) {
  if (table === void 0 || table === null) throw new InvalidAnswerError("DescribeTable returned no Table");
  check(TABLE, table, "DescribeTable answered with an invalid Table");
  const answered = table.TableName;
  if (answered !== requested) {
    throw new InvalidAnswerError(`DescribeTable for ${requested} answered about another table (${answered})`);
  }
}
function checkTimeToLiveAnswer(description) {
  if (description === void 0)
    throw new InvalidAnswerError("DescribeTimeToLive returned no TimeToLiveDescription");
  check(TIME_TO_LIVE, description, "DescribeTimeToLive answered with an invalid TimeToLiveDescription");
}
function checkContinuousBackupsAnswer(description) {
  if (description === void 0) {
    throw new InvalidAnswerError("DescribeContinuousBackups returned no ContinuousBackupsDescription");
  }
  check(
    CONTINUOUS_BACKUPS,
    description,
    "DescribeContinuousBackups answered with an invalid ContinuousBackupsDescription"
  );
}
function checkTagsAnswer(tags) {
  check(TAGS, tags, "ListTagsOfResource answered with invalid Tags");
}
function checkTableNamesAnswer(names) {
  check(TABLE_NAMES, names, "ListTables answered with invalid TableNames");
}

export {
  InvalidAnswerError,
  checkTableAnswer,
  checkTimeToLiveAnswer,
  checkContinuousBackupsAnswer,
  checkTagsAnswer,
  checkTableNamesAnswer
};
