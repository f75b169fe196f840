import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);
import {
  DescribeContinuousBackupsCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ListTagsOfResourceCommand,
  defaultProvider
} from "./chunk-5GCRKX5O.js";
import {
  InvalidAnswerError
} from "./chunk-REFDUHRB.js";
import {
  PLACEHOLDER_CREDENTIALS,
  PLACEHOLDER_REGION
} from "./chunk-2V6GAEVF.js";
import {
  AwsQueryProtocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./chunk-MLD3ZE2T.js";
import {
  NodeHttpHandler
} from "./chunk-ZCAXANRH.js";
import {
  appendAll
} from "./chunk-RSXSQYMG.js";
import {
  Sha256Node
} from "./chunk-RTQLLZL3.js";
import "./chunk-RARECGWI.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./chunk-JXUKOBTE.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./chunk-GUJFB6ZW.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./chunk-V6C2CAGU.js";
import "./chunk-RELMD6NO.js";

// node_modules/@aws-sdk/client-cloudformation/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudFormationHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "cloudformation",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultCloudFormationHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "cloudformation"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudformation/package.json
var package_default = {
  name: "@aws-sdk/client-cloudformation",
  version: "3.1169.0",
  description: "AWS SDK for JavaScript Cloudformation Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudformation",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudformation"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.981.0",
    "@aws-sdk/credential-provider-node": "^3.972.97",
    "@aws-sdk/types": "^3.975.1",
    "@smithy/core": "^3.40.0",
    "@smithy/fetch-http-handler": "^5.8.1",
    "@smithy/node-http-handler": "^4.14.2",
    "@smithy/types": "^4.20.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://cloudformation-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://cloudformation.{Region}.amazonaws.com", i],
    ["https://cloudformation-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    ["https://cloudformation.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    ["https://cloudformation.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  13,
  3,
  1,
  4,
  r + 12,
  2,
  5,
  r + 12,
  3,
  8,
  6,
  4,
  7,
  r + 11,
  5,
  r + 9,
  r + 10,
  4,
  11,
  9,
  6,
  10,
  r + 8,
  7,
  r + 6,
  r + 7,
  5,
  12,
  r + 5,
  6,
  r + 4,
  r + 5,
  3,
  r + 1,
  14,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-cloudformation/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-cloudformation/dist-es/models/CloudFormationServiceException.js
var CloudFormationServiceException = class _CloudFormationServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation#CloudFormationServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudFormationServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/models/errors.js
var InvalidOperationException = class _InvalidOperationException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidOperationException";
  name = "InvalidOperationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidOperationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidOperationException.prototype);
    this.Message = opts.Message;
  }
};
var OperationNotFoundException = class _OperationNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationNotFoundException";
  name = "OperationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var CFNRegistryException = class _CFNRegistryException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#CFNRegistryException";
  name = "CFNRegistryException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CFNRegistryException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CFNRegistryException.prototype);
    this.Message = opts.Message;
  }
};
var TypeNotFoundException = class _TypeNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TypeNotFoundException";
  name = "TypeNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TypeNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TypeNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var AlreadyExistsException = class _AlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#AlreadyExistsException";
  name = "AlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "AlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var TypeConfigurationNotFoundException = class _TypeConfigurationNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TypeConfigurationNotFoundException";
  name = "TypeConfigurationNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TypeConfigurationNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TypeConfigurationNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var TokenAlreadyExistsException = class _TokenAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#TokenAlreadyExistsException";
  name = "TokenAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "TokenAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _TokenAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var ChangeSetNotFoundException = class _ChangeSetNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ChangeSetNotFoundException";
  name = "ChangeSetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ChangeSetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ChangeSetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var InsufficientCapabilitiesException = class _InsufficientCapabilitiesException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InsufficientCapabilitiesException";
  name = "InsufficientCapabilitiesException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InsufficientCapabilitiesException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InsufficientCapabilitiesException.prototype);
    this.Message = opts.Message;
  }
};
var LimitExceededException = class _LimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var ConcurrentResourcesLimitExceededException = class _ConcurrentResourcesLimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ConcurrentResourcesLimitExceededException";
  name = "ConcurrentResourcesLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentResourcesLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentResourcesLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var OperationIdAlreadyExistsException = class _OperationIdAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationIdAlreadyExistsException";
  name = "OperationIdAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationIdAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationIdAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var OperationInProgressException = class _OperationInProgressException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationInProgressException";
  name = "OperationInProgressException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationInProgressException.prototype);
    this.Message = opts.Message;
  }
};
var StackSetNotFoundException = class _StackSetNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackSetNotFoundException";
  name = "StackSetNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackSetNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackSetNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StaleRequestException = class _StaleRequestException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StaleRequestException";
  name = "StaleRequestException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StaleRequestException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StaleRequestException.prototype);
    this.Message = opts.Message;
  }
};
var CreatedButModifiedException = class _CreatedButModifiedException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#CreatedButModifiedException";
  name = "CreatedButModifiedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "CreatedButModifiedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _CreatedButModifiedException.prototype);
    this.Message = opts.Message;
  }
};
var NameAlreadyExistsException = class _NameAlreadyExistsException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#NameAlreadyExistsException";
  name = "NameAlreadyExistsException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "NameAlreadyExistsException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _NameAlreadyExistsException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidChangeSetStatusException = class _InvalidChangeSetStatusException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidChangeSetStatusException";
  name = "InvalidChangeSetStatusException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidChangeSetStatusException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidChangeSetStatusException.prototype);
    this.Message = opts.Message;
  }
};
var GeneratedTemplateNotFoundException = class _GeneratedTemplateNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#GeneratedTemplateNotFoundException";
  name = "GeneratedTemplateNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "GeneratedTemplateNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _GeneratedTemplateNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackSetNotEmptyException = class _StackSetNotEmptyException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackSetNotEmptyException";
  name = "StackSetNotEmptyException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackSetNotEmptyException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackSetNotEmptyException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanNotFoundException = class _ResourceScanNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanNotFoundException";
  name = "ResourceScanNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackInstanceNotFoundException = class _StackInstanceNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackInstanceNotFoundException";
  name = "StackInstanceNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackInstanceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackInstanceNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackRefactorNotFoundException = class _StackRefactorNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackRefactorNotFoundException";
  name = "StackRefactorNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackRefactorNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackRefactorNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var HookResultNotFoundException = class _HookResultNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#HookResultNotFoundException";
  name = "HookResultNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "HookResultNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _HookResultNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var StackNotFoundException = class _StackNotFoundException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#StackNotFoundException";
  name = "StackNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "StackNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _StackNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanInProgressException = class _ResourceScanInProgressException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanInProgressException";
  name = "ResourceScanInProgressException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanInProgressException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanInProgressException.prototype);
    this.Message = opts.Message;
  }
};
var InvalidStateTransitionException = class _InvalidStateTransitionException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#InvalidStateTransitionException";
  name = "InvalidStateTransitionException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "InvalidStateTransitionException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidStateTransitionException.prototype);
    this.Message = opts.Message;
  }
};
var OperationStatusCheckFailedException = class _OperationStatusCheckFailedException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#OperationStatusCheckFailedException";
  name = "OperationStatusCheckFailedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "OperationStatusCheckFailedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _OperationStatusCheckFailedException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceScanLimitExceededException = class _ResourceScanLimitExceededException extends CloudFormationServiceException {
  static shapeId = "com.amazonaws.cloudformation#ResourceScanLimitExceededException";
  name = "ResourceScanLimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ResourceScanLimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceScanLimitExceededException.prototype);
    this.Message = opts.Message;
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/schemas/schemas_0.js
var _A = "Arn";
var _AC = "AfterContext";
var _ACT = "AttributeChangeType";
var _AD = "AutoDeployment";
var _AEE = "AlreadyExistsException";
var _AFT = "AccountFilterType";
var _ANl = "AliasName";
var _AR = "AddResources";
var _ARARN = "AdministrationRoleARN";
var _AUc = "AccountsUrl";
var _AV = "ActualValue";
var _AVF = "AfterValueFrom";
var _AVf = "AfterValue";
var _AVl = "AllowedValues";
var _Ac = "Accounts";
var _Act = "Action";
var _Acti = "Active";
var _At = "Attribute";
var _BC = "BeforeContext";
var _BV = "BeforeValue";
var _BVF = "BeforeValueFrom";
var _C = "Change";
var _CA = "CallAs";
var _CBME = "CreatedButModifiedException";
var _CCSI = "CreateChangeSetInput";
var _CE = "CausingEntity";
var _CFNRE = "CFNRegistryException";
var _CM = "ConcurrencyMode";
var _CR = "CapabilitiesReason";
var _CRLEE = "ConcurrentResourcesLimitExceededException";
var _CRT = "ClientRequestToken";
var _CSI = "ChangeSetId";
var _CSII = "CreateStackInstancesInput";
var _CSIr = "CreateStackInput";
var _CSN = "ChangeSetName";
var _CSNFE = "ChangeSetNotFoundException";
var _CSSI = "CreateStackSetInput";
var _CST = "ChangeSetType";
var _CSh = "ChangeSource";
var _CT = "CreationTime";
var _CTl = "ClientToken";
var _CURI = "ContinueUpdateRollbackInput";
var _Ca = "Capabilities";
var _Ch = "Changes";
var _D = "Description";
var _DC = "DeploymentConfig";
var _DCSOe = "DescribeChangeSetOutput";
var _DDS = "DriftDetectionStatus";
var _DDT = "DriftDetectionTimestamp";
var _DI = "DriftInformation";
var _DM = "DeploymentMode";
var _DMe = "DeletionMode";
var _DO = "DependsOn";
var _DP = "DeletionPolicy";
var _DR = "DisableRollback";
var _DRSO = "DescribeResourceScanOutput";
var _DRe = "DetectionReason";
var _DSDI = "DetectStackDriftInput";
var _DSI = "DeleteStackInput";
var _DSIC = "DriftedStackInstancesCount";
var _DSII = "DeleteStackInstancesInput";
var _DSRDI = "DescribeStackResourceDriftsInput";
var _DSRO = "DescribeStackRefactorOutput";
var _DSet = "DetailedStatus";
var _DSr = "DriftStatus";
var _DT = "DeploymentTargets";
var _DTe = "DeclaredTransforms";
var _DTel = "DeletionTime";
var _DV = "DisableValidation";
var _DVe = "DefaultValue";
var _De = "Details";
var _Des = "Destination";
var _Det = "Detection";
var _Dr = "Drift";
var _E = "Enabled";
var _EN = "ExportName";
var _ERN = "ExecutionRoleName";
var _ES = "ExecutionStatus";
var _ESF = "ExecutionStatusFilter";
var _ESR = "ExecutionStatusReason";
var _ET = "EndTime";
var _ETP = "EnableTerminationProtection";
var _En = "Entity";
var _Ev = "Evaluation";
var _FR = "ForceRollback";
var _FSIC = "FailedStackInstancesCount";
var _FTC = "FailureToleranceCount";
var _FTP = "FailureTolerancePercentage";
var _GTN = "GeneratedTemplateName";
var _GTNFE = "GeneratedTemplateNotFoundException";
var _GTO = "GetTemplateOutput";
var _GTSO = "GetTemplateSummaryOutput";
var _HIC = "HookInvocationCount";
var _HRNFE = "HookResultNotFoundException";
var _ICE = "InsufficientCapabilitiesException";
var _ICSSE = "InvalidChangeSetStatusException";
var _IER = "ImportExistingResources";
var _INS = "IncludeNestedStacks";
var _IOE = "InvalidOperationException";
var _IPSIC = "InProgressStackInstancesCount";
var _ISSIC = "InSyncStackInstancesCount";
var _ISTE = "InvalidStateTransitionException";
var _ISTSSI = "ImportStacksToStackSetInput";
var _Im = "Imports";
var _K = "Key";
var _LCT = "LastCheckTimestamp";
var _LDCT = "LastDriftCheckTimestamp";
var _LEE = "LimitExceededException";
var _LIH = "LogicalIdHierarchy";
var _LIO = "ListImportsOutput";
var _LO = "LastOperations";
var _LRD = "LiveResourceDrift";
var _LRI = "LogicalResourceId";
var _LRIo = "LogicalResourceIds";
var _LSI = "ListStacksInput";
var _LSIRDI = "ListStackInstanceResourceDriftsInput";
var _LSRI = "ListStackRefactorsInput";
var _LSRIi = "ListStackResourcesInput";
var _LSROi = "ListStackResourcesOutput";
var _LSRi = "ListStackResources";
var _LTRO = "ListTypeRegistrationsOutput";
var _LUT = "LastUpdatedTime";
var _LUTa = "LastUpdatedTimestamp";
var _M = "Message";
var _MBS = "ManagedByStack";
var _MCC = "MaxConcurrentCount";
var _MCP = "MaxConcurrentPercentage";
var _ME = "ManagedExecution";
var _MI = "ModuleInfo";
var _MR = "MaxResults";
var _MTIM = "MonitoringTimeInMinutes";
var _Me = "Metadata";
var _Mo = "Mode";
var _N = "Name";
var _NAEE = "NameAlreadyExistsException";
var _NARN = "NotificationARNs";
var _NE = "NoEcho";
var _NGTN = "NewGeneratedTemplateName";
var _NT = "NextToken";
var _O = "Output";
var _OEp = "OperationEntry";
var _OF = "OnFailure";
var _OI = "OperationId";
var _OIAEE = "OperationIdAlreadyExistsException";
var _OIPE = "OperationInProgressException";
var _OK = "OutputKey";
var _ONFE = "OperationNotFoundException";
var _OP = "OperationPreferences";
var _OSCFE = "OperationStatusCheckFailedException";
var _OSF = "OnStackFailure";
var _OT = "OperationType";
var _OTN = "OriginalTypeName";
var _OUI = "OrganizationalUnitIds";
var _OUIr = "OrganizationalUnitId";
var _OV = "OutputValue";
var _Ou = "Outputs";
var _P = "Parameters";
var _PA = "PolicyAction";
var _PC = "PercentageCompleted";
var _PCSI = "ParentChangeSetId";
var _PCa = "ParameterConstraints";
var _PD = "ParameterDeclaration";
var _PDC = "PreviousDeploymentContext";
var _PDa = "ParameterDeclarations";
var _PI = "PublisherId";
var _PIa = "ParentId";
var _PK = "ParameterKey";
var _PM = "PermissionModel";
var _PO = "ParameterOverrides";
var _PPr = "PropertyPath";
var _PRI = "PhysicalResourceId";
var _PTa = "ParameterType";
var _PV = "PreviousValue";
var _PVa = "ParameterValue";
var _Pa = "Parameter";
var _Pat = "Path";
var _Pro = "Properties";
var _RAR = "RefreshAllResources";
var _RARN = "RoleARN";
var _RATe = "RequiredActivatedType";
var _RC = "ResourceChange";
var _RCD = "ResourceChangeDetail";
var _RCDe = "ResourceChangeDetails";
var _RCSI = "RootChangeSetId";
var _RCT = "RegionConcurrencyType";
var _RCo = "RollbackConfiguration";
var _RD = "ResourceDefinition";
var _RDIA = "ResourceDriftIgnoredAttributes";
var _RDIAe = "ResourceDriftIgnoredAttribute";
var _RDS = "ResourceDriftStatus";
var _RDe = "ResourceDetail";
var _RDes = "ResourceDefinitions";
var _REOC = "RetainExceptOnCreate";
var _RI = "ResourceIdentifier";
var _RIS = "ResourceIdentifierSummaries";
var _RISe = "ResourceIdentifierSummary";
var _RIe = "ResourceIdentifiers";
var _RIo = "RootId";
var _RLe = "ResourceLocation";
var _RMeso = "ResourceMapping";
var _RO = "RegionOrder";
var _RR = "RetainResources";
var _RRe = "ResourcesRead";
var _RRem = "RemoveResources";
var _RReq = "RequiresRecreation";
var _RS = "RetainStacks";
var _RSI = "ResourceScanId";
var _RSIPE = "ResourceScanInProgressException";
var _RSLEE = "ResourceScanLimitExceededException";
var _RSNFE = "ResourceScanNotFoundException";
var _RSOAR = "RetainStacksOnAccountRemoval";
var _RSR = "ResourceStatusReason";
var _RSe = "ResourcesScanned";
var _RSes = "ResourceStatus";
var _RT = "ResourceType";
var _RTDe = "ResourceTargetDefinition";
var _RTI = "ResourcesToImport";
var _RTIes = "ResourceToImport";
var _RTL = "RegistrationTokenList";
var _RTS = "ResourcesToSkip";
var _RTe = "ResourceTypes";
var _RTo = "RollbackTriggers";
var _RTol = "RollbackTrigger";
var _RV = "ResolvedValue";
var _Re = "Regions";
var _Rea = "Reason";
var _Rep = "Replacement";
var _Req = "Required";
var _S = "Status";
var _SA = "StagesAvailable";
var _SDI = "StackDriftInformation";
var _SDS = "StackDriftStatus";
var _SF = "ScanFilters";
var _SFc = "ScanFilter";
var _SI = "StackId";
var _SIA = "StackInstanceAccount";
var _SINFE = "StackInstanceNotFoundException";
var _SIR = "StackInstanceRegion";
var _SIRDS = "StackInstanceResourceDriftStatuses";
var _SIU = "StackIdsUrl";
var _SIta = "StackIds";
var _SMV = "SupportedMajorVersions";
var _SN = "StackName";
var _SNFE = "StackNotFoundException";
var _SPB = "StackPolicyBody";
var _SPDUB = "StackPolicyDuringUpdateBody";
var _SPDUURL = "StackPolicyDuringUpdateURL";
var _SPURL = "StackPolicyURL";
var _SR = "StatusReason";
var _SRAt = "StackRefactorAction";
var _SRDIS = "StackResourceDriftInformationSummary";
var _SRDS = "StackResourceDriftStatus";
var _SRDSF = "StackResourceDriftStatusFilters";
var _SRE = "StaleRequestException";
var _SRI = "StackRefactorId";
var _SRIc = "ScannedResourceIdentifier";
var _SRNFE = "StackRefactorNotFoundException";
var _SRSt = "StackResourceSummaries";
var _SRStac = "StackResourceSummary";
var _SRTR = "StackRefactorTagResources";
var _SRc = "ScannedResource";
var _SS = "StackSet";
var _SSADTS = "StackSetAutoDeploymentTargetSummary";
var _SSARN = "StackSetARN";
var _SSDDD = "StackSetDriftDetectionDetails";
var _SSF = "StackStatusFilter";
var _SSI = "StackSetId";
var _SSN = "StackSetName";
var _SSNEE = "StackSetNotEmptyException";
var _SSNFE = "StackSetNotFoundException";
var _SSOP = "StackSetOperationPreferences";
var _SSR = "StackStatusReason";
var _SSta = "StackStatus";
var _ST = "StartTime";
var _Sco = "Scope";
var _So = "Source";
var _Sta = "Stack";
var _T = "Type";
var _TAEE = "TokenAlreadyExistsException";
var _TB = "TemplateBody";
var _TCNFE = "TypeConfigurationNotFoundException";
var _TCe = "TemplateConfiguration";
var _TH = "TypeHierarchy";
var _TIM = "TimeoutInMinutes";
var _TNA = "TypeNameAlias";
var _TNFE = "TypeNotFoundException";
var _TP = "TemplateParameter";
var _TPem = "TemplateParameters";
var _TR = "TagResources";
var _TSIC = "TotalStackInstancesCount";
var _TURL = "TemplateURL";
var _Ta = "Tags";
var _Tag = "Tag";
var _Tar = "Target";
var _Ty = "Types";
var _UGTI = "UpdateGeneratedTemplateInput";
var _UPT = "UsePreviousTemplate";
var _UPV = "UsePreviousValue";
var _UR = "UntagResources";
var _URP = "UpdateReplacePolicy";
var _URT = "UnrecognizedResourceTypes";
var _USI = "UpdateStackInput";
var _USII = "UpdateStackInstancesInput";
var _USSI = "UpdateStackSetInput";
var _V = "Value";
var _VTO = "ValidateTemplateOutput";
var _Ve = "Version";
var _W = "Warnings";
var _WD = "WarningDetail";
var _WDa = "WarningDetails";
var _WP = "WarningProperty";
var _WPa = "WarningProperties";
var _aQE = "awsQueryError";
var _c = "client";
var _e = "error";
var _hE = "httpError";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudformation";
var n0 = "com.amazonaws.cloudformation";
var _s_registry = new TypeRegistry(_s);
var CloudFormationServiceException$ = [-3, _s, "CloudFormationServiceException", 0, [], []];
_s_registry.registerError(CloudFormationServiceException$, CloudFormationServiceException);
var n0_registry = new TypeRegistry(n0);
var AlreadyExistsException$ = [
  -3,
  n0,
  _AEE,
  { [_aQE]: [`AlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
var CFNRegistryException$ = [
  -3,
  n0,
  _CFNRE,
  { [_aQE]: [`CFNRegistryException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(CFNRegistryException$, CFNRegistryException);
var ChangeSetNotFoundException$ = [
  -3,
  n0,
  _CSNFE,
  { [_aQE]: [`ChangeSetNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(ChangeSetNotFoundException$, ChangeSetNotFoundException);
var ConcurrentResourcesLimitExceededException$ = [
  -3,
  n0,
  _CRLEE,
  { [_aQE]: [`ConcurrentResourcesLimitExceeded`, 429], [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentResourcesLimitExceededException$, ConcurrentResourcesLimitExceededException);
var CreatedButModifiedException$ = [
  -3,
  n0,
  _CBME,
  { [_aQE]: [`CreatedButModifiedException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(CreatedButModifiedException$, CreatedButModifiedException);
var GeneratedTemplateNotFoundException$ = [
  -3,
  n0,
  _GTNFE,
  { [_aQE]: [`GeneratedTemplateNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(GeneratedTemplateNotFoundException$, GeneratedTemplateNotFoundException);
var HookResultNotFoundException$ = [
  -3,
  n0,
  _HRNFE,
  { [_aQE]: [`HookResultNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(HookResultNotFoundException$, HookResultNotFoundException);
var InsufficientCapabilitiesException$ = [
  -3,
  n0,
  _ICE,
  { [_aQE]: [`InsufficientCapabilitiesException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InsufficientCapabilitiesException$, InsufficientCapabilitiesException);
var InvalidChangeSetStatusException$ = [
  -3,
  n0,
  _ICSSE,
  { [_aQE]: [`InvalidChangeSetStatus`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidChangeSetStatusException$, InvalidChangeSetStatusException);
var InvalidOperationException$ = [
  -3,
  n0,
  _IOE,
  { [_aQE]: [`InvalidOperationException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidOperationException$, InvalidOperationException);
var InvalidStateTransitionException$ = [
  -3,
  n0,
  _ISTE,
  { [_aQE]: [`InvalidStateTransition`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(InvalidStateTransitionException$, InvalidStateTransitionException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var NameAlreadyExistsException$ = [
  -3,
  n0,
  _NAEE,
  { [_aQE]: [`NameAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(NameAlreadyExistsException$, NameAlreadyExistsException);
var OperationIdAlreadyExistsException$ = [
  -3,
  n0,
  _OIAEE,
  { [_aQE]: [`OperationIdAlreadyExistsException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OperationIdAlreadyExistsException$, OperationIdAlreadyExistsException);
var OperationInProgressException$ = [
  -3,
  n0,
  _OIPE,
  { [_aQE]: [`OperationInProgressException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(OperationInProgressException$, OperationInProgressException);
var OperationNotFoundException$ = [
  -3,
  n0,
  _ONFE,
  { [_aQE]: [`OperationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(OperationNotFoundException$, OperationNotFoundException);
var OperationStatusCheckFailedException$ = [
  -3,
  n0,
  _OSCFE,
  { [_aQE]: [`ConditionalCheckFailed`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(OperationStatusCheckFailedException$, OperationStatusCheckFailedException);
var ResourceScanInProgressException$ = [
  -3,
  n0,
  _RSIPE,
  { [_aQE]: [`ResourceScanInProgress`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanInProgressException$, ResourceScanInProgressException);
var ResourceScanLimitExceededException$ = [
  -3,
  n0,
  _RSLEE,
  { [_aQE]: [`ResourceScanLimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanLimitExceededException$, ResourceScanLimitExceededException);
var ResourceScanNotFoundException$ = [
  -3,
  n0,
  _RSNFE,
  { [_aQE]: [`ResourceScanNotFound`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(ResourceScanNotFoundException$, ResourceScanNotFoundException);
var StackInstanceNotFoundException$ = [
  -3,
  n0,
  _SINFE,
  { [_aQE]: [`StackInstanceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackInstanceNotFoundException$, StackInstanceNotFoundException);
var StackNotFoundException$ = [
  -3,
  n0,
  _SNFE,
  { [_aQE]: [`StackNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackNotFoundException$, StackNotFoundException);
var StackRefactorNotFoundException$ = [
  -3,
  n0,
  _SRNFE,
  { [_aQE]: [`StackRefactorNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackRefactorNotFoundException$, StackRefactorNotFoundException);
var StackSetNotEmptyException$ = [
  -3,
  n0,
  _SSNEE,
  { [_aQE]: [`StackSetNotEmptyException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StackSetNotEmptyException$, StackSetNotEmptyException);
var StackSetNotFoundException$ = [
  -3,
  n0,
  _SSNFE,
  { [_aQE]: [`StackSetNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(StackSetNotFoundException$, StackSetNotFoundException);
var StaleRequestException$ = [
  -3,
  n0,
  _SRE,
  { [_aQE]: [`StaleRequestException`, 409], [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(StaleRequestException$, StaleRequestException);
var TokenAlreadyExistsException$ = [
  -3,
  n0,
  _TAEE,
  { [_aQE]: [`TokenAlreadyExistsException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(TokenAlreadyExistsException$, TokenAlreadyExistsException);
var TypeConfigurationNotFoundException$ = [
  -3,
  n0,
  _TCNFE,
  { [_aQE]: [`TypeConfigurationNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TypeConfigurationNotFoundException$, TypeConfigurationNotFoundException);
var TypeNotFoundException$ = [
  -3,
  n0,
  _TNFE,
  { [_aQE]: [`TypeNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_M],
  [0]
];
n0_registry.registerError(TypeNotFoundException$, TypeNotFoundException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var AutoDeployment$ = [
  3,
  n0,
  _AD,
  0,
  [_E, _RSOAR, _DO],
  [2, 2, 64 | 0]
];
var Change$ = [
  3,
  n0,
  _C,
  0,
  [_T, _HIC, _RC],
  [0, 1, () => ResourceChange$]
];
var ContinueUpdateRollbackInput$ = [
  3,
  n0,
  _CURI,
  0,
  [_SN, _RARN, _RTS, _CRT, _FR],
  [0, 0, 64 | 0, 0, 2],
  1
];
var CreateChangeSetInput$ = [
  3,
  n0,
  _CCSI,
  0,
  [_SN, _CSN, _TB, _TURL, _UPT, _P, _Ca, _RTe, _RARN, _RCo, _NARN, _Ta, _CTl, _D, _CST, _RTI, _INS, _OSF, _IER, _DM, _DC, _DV],
  [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 64 | 0, () => Tags, 0, 0, 0, () => ResourcesToImport, 2, 0, 2, 0, () => DeploymentConfig$, 2],
  2
];
var CreateStackInput$ = [
  3,
  n0,
  _CSIr,
  0,
  [_SN, _TB, _TURL, _P, _DR, _RCo, _TIM, _NARN, _Ca, _RTe, _RARN, _OF, _SPB, _SPURL, _Ta, _CRT, _ETP, _REOC, _DC, _DV],
  [0, 0, 0, () => _Parameters, 2, () => RollbackConfiguration$, 1, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Tags, 0, 2, 2, () => DeploymentConfig$, 2],
  1
];
var CreateStackInstancesInput$ = [
  3,
  n0,
  _CSII,
  0,
  [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
  [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
  2
];
var CreateStackSetInput$ = [
  3,
  n0,
  _CSSI,
  0,
  [_SSN, _D, _TB, _TURL, _SI, _P, _Ca, _Ta, _ARARN, _ERN, _PM, _AD, _CA, _CRT, _ME],
  [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => AutoDeployment$, 0, [0, 4], () => ManagedExecution$],
  1
];
var DeleteStackInput$ = [
  3,
  n0,
  _DSI,
  0,
  [_SN, _RR, _RARN, _CRT, _DMe, _DC],
  [0, 64 | 0, 0, 0, 0, () => DeploymentConfig$],
  1
];
var DeleteStackInstancesInput$ = [
  3,
  n0,
  _DSII,
  0,
  [_SSN, _Re, _RS, _Ac, _DT, _OP, _OI, _CA],
  [0, 64 | 0, 2, 64 | 0, () => DeploymentTargets$, () => StackSetOperationPreferences$, [0, 4], 0],
  3
];
var DeploymentConfig$ = [
  3,
  n0,
  _DC,
  0,
  [_Mo, _DR],
  [0, 2]
];
var DeploymentTargets$ = [
  3,
  n0,
  _DT,
  0,
  [_Ac, _AUc, _OUI, _AFT],
  [64 | 0, 0, 64 | 0, 0]
];
var DescribeChangeSetOutput$ = [
  3,
  n0,
  _DCSOe,
  0,
  [_CSN, _CSI, _SI, _SN, _D, _P, _CT, _ES, _S, _SR, _SDS, _NARN, _RCo, _Ca, _Ta, _Ch, _NT, _INS, _PCSI, _RCSI, _OSF, _IER, _DM, _DC],
  [0, 0, 0, 0, 0, () => _Parameters, 4, 0, 0, 0, 0, 64 | 0, () => RollbackConfiguration$, 64 | 0, () => Tags, () => Changes, 0, 2, 0, 0, 0, 2, 0, () => DeploymentConfig$]
];
var DescribeResourceScanOutput$ = [
  3,
  n0,
  _DRSO,
  0,
  [_RSI, _S, _SR, _ST, _ET, _PC, _RTe, _RSe, _RRe, _SF],
  [0, 0, 0, 4, 4, 1, 64 | 0, 1, 1, () => ScanFilters]
];
var DescribeStackRefactorOutput$ = [
  3,
  n0,
  _DSRO,
  0,
  [_D, _SRI, _SIta, _ES, _ESR, _S, _SR],
  [0, 0, 64 | 0, 0, 0, 0, 0]
];
var DescribeStackResourceDriftsInput$ = [
  3,
  n0,
  _DSRDI,
  0,
  [_SN, _SRDSF, _NT, _MR],
  [0, 64 | 0, 0, 1],
  1
];
var DetectStackDriftInput$ = [
  3,
  n0,
  _DSDI,
  0,
  [_SN, _LRIo],
  [0, 64 | 0],
  1
];
var GetTemplateOutput$ = [
  3,
  n0,
  _GTO,
  0,
  [_TB, _SA],
  [0, 64 | 0]
];
var GetTemplateSummaryOutput$ = [
  3,
  n0,
  _GTSO,
  0,
  [_P, _D, _Ca, _CR, _RTe, _Ve, _Me, _DTe, _RIS, _W],
  [() => ParameterDeclarations, 0, 64 | 0, 0, 64 | 0, 0, 0, 64 | 0, () => ResourceIdentifierSummaries, () => Warnings$]
];
var ImportStacksToStackSetInput$ = [
  3,
  n0,
  _ISTSSI,
  0,
  [_SSN, _SIta, _SIU, _OUI, _OP, _OI, _CA],
  [0, 64 | 0, 0, 64 | 0, () => StackSetOperationPreferences$, [0, 4], 0],
  1
];
var ListImportsOutput$ = [
  3,
  n0,
  _LIO,
  0,
  [_Im, _NT],
  [64 | 0, 0]
];
var ListStackInstanceResourceDriftsInput$ = [
  3,
  n0,
  _LSIRDI,
  0,
  [_SSN, _SIA, _SIR, _OI, _NT, _MR, _SIRDS, _CA],
  [0, 0, 0, 0, 0, 1, 64 | 0, 0],
  4
];
var ListStackRefactorsInput$ = [
  3,
  n0,
  _LSRI,
  0,
  [_ESF, _NT, _MR],
  [64 | 0, 0, 1]
];
var ListStackResourcesInput$ = [
  3,
  n0,
  _LSRIi,
  0,
  [_SN, _NT],
  [0, 0],
  1
];
var ListStackResourcesOutput$ = [
  3,
  n0,
  _LSROi,
  0,
  [_SRSt, _NT],
  [() => StackResourceSummaries, 0]
];
var ListStacksInput$ = [
  3,
  n0,
  _LSI,
  0,
  [_NT, _SSF],
  [0, 64 | 0]
];
var ListTypeRegistrationsOutput$ = [
  3,
  n0,
  _LTRO,
  0,
  [_RTL, _NT],
  [64 | 0, 0]
];
var LiveResourceDrift$ = [
  3,
  n0,
  _LRD,
  0,
  [_PV, _AV, _DDT],
  [0, 0, 4]
];
var ManagedExecution$ = [
  3,
  n0,
  _ME,
  0,
  [_Acti],
  [2]
];
var ModuleInfo$ = [
  3,
  n0,
  _MI,
  0,
  [_TH, _LIH],
  [0, 0]
];
var OperationEntry$ = [
  3,
  n0,
  _OEp,
  0,
  [_OT, _OI],
  [0, 0]
];
var Output$ = [
  3,
  n0,
  _O,
  0,
  [_OK, _OV, _D, _EN],
  [0, 0, 0, 0]
];
var Parameter$ = [
  3,
  n0,
  _Pa,
  0,
  [_PK, _PVa, _UPV, _RV],
  [0, 0, 2, 0]
];
var ParameterConstraints$ = [
  3,
  n0,
  _PCa,
  0,
  [_AVl],
  [64 | 0]
];
var ParameterDeclaration$ = [
  3,
  n0,
  _PD,
  0,
  [_PK, _DVe, _PTa, _NE, _D, _PCa],
  [0, 0, 0, 2, 0, () => ParameterConstraints$]
];
var RequiredActivatedType$ = [
  3,
  n0,
  _RATe,
  0,
  [_TNA, _OTN, _PI, _SMV],
  [0, 0, 0, 64 | 1]
];
var ResourceChange$ = [
  3,
  n0,
  _RC,
  0,
  [_PA, _Act, _LRI, _PRI, _RT, _Rep, _Sco, _RDS, _RDIA, _De, _CSI, _MI, _BC, _AC, _PDC],
  [0, 0, 0, 0, 0, 0, 64 | 0, 0, () => ResourceDriftIgnoredAttributes, () => ResourceChangeDetails, 0, () => ModuleInfo$, 0, 0, 0]
];
var ResourceChangeDetail$ = [
  3,
  n0,
  _RCD,
  0,
  [_Tar, _Ev, _CSh, _CE],
  [() => ResourceTargetDefinition$, 0, 0, 0]
];
var ResourceDefinition$ = [
  3,
  n0,
  _RD,
  0,
  [_RT, _RI, _LRI],
  [0, 128 | 0, 0],
  2
];
var ResourceDetail$ = [
  3,
  n0,
  _RDe,
  0,
  [_RT, _LRI, _RI, _RSes, _RSR, _W],
  [0, 0, 128 | 0, 0, 0, () => WarningDetails]
];
var ResourceDriftIgnoredAttribute$ = [
  3,
  n0,
  _RDIAe,
  0,
  [_Pat, _Rea],
  [0, 0]
];
var ResourceIdentifierSummary$ = [
  3,
  n0,
  _RISe,
  0,
  [_RT, _LRIo, _RIe],
  [0, 64 | 0, 64 | 0]
];
var ResourceLocation$ = [
  3,
  n0,
  _RLe,
  0,
  [_SN, _LRI],
  [0, 0],
  2
];
var ResourceMapping$ = [
  3,
  n0,
  _RMeso,
  0,
  [_So, _Des],
  [() => ResourceLocation$, () => ResourceLocation$],
  2
];
var ResourceTargetDefinition$ = [
  3,
  n0,
  _RTDe,
  0,
  [_At, _N, _RReq, _Pat, _BV, _AVf, _BVF, _AVF, _Dr, _ACT],
  [0, 0, 0, 0, 0, 0, 0, 0, () => LiveResourceDrift$, 0]
];
var ResourceToImport$ = [
  3,
  n0,
  _RTIes,
  0,
  [_RT, _LRI, _RI],
  [0, 0, 128 | 0],
  3
];
var RollbackConfiguration$ = [
  3,
  n0,
  _RCo,
  0,
  [_RTo, _MTIM],
  [() => RollbackTriggers, 1]
];
var RollbackTrigger$ = [
  3,
  n0,
  _RTol,
  0,
  [_A, _T],
  [0, 0],
  2
];
var ScanFilter$ = [
  3,
  n0,
  _SFc,
  0,
  [_Ty],
  [64 | 0]
];
var ScannedResource$ = [
  3,
  n0,
  _SRc,
  0,
  [_RT, _RI, _MBS],
  [0, 128 | 0, 2]
];
var ScannedResourceIdentifier$ = [
  3,
  n0,
  _SRIc,
  0,
  [_RT, _RI],
  [0, 128 | 0],
  2
];
var Stack$ = [
  3,
  n0,
  _Sta,
  0,
  [_SN, _CT, _SSta, _SI, _CSI, _D, _P, _DTel, _LUT, _RCo, _SSR, _DR, _DC, _NARN, _TIM, _Ca, _Ou, _RARN, _Ta, _ETP, _PIa, _RIo, _DI, _REOC, _DMe, _DSet, _LO, _ANl],
  [0, 4, 0, 0, 0, 0, () => _Parameters, 4, 4, () => RollbackConfiguration$, 0, 2, () => DeploymentConfig$, 64 | 0, 1, 64 | 0, () => Outputs, 0, () => Tags, 2, 0, 0, () => StackDriftInformation$, 2, 0, 0, () => LastOperations, 0],
  3
];
var StackDriftInformation$ = [
  3,
  n0,
  _SDI,
  0,
  [_SDS, _LCT],
  [0, 4],
  1
];
var StackRefactorAction$ = [
  3,
  n0,
  _SRAt,
  0,
  [_Act, _En, _PRI, _RI, _D, _Det, _DRe, _TR, _UR, _RMeso],
  [0, 0, 0, 0, 0, 0, 0, () => StackRefactorTagResources, 64 | 0, () => ResourceMapping$]
];
var StackResourceDriftInformationSummary$ = [
  3,
  n0,
  _SRDIS,
  0,
  [_SRDS, _LCT],
  [0, 4],
  1
];
var StackResourceSummary$ = [
  3,
  n0,
  _SRStac,
  0,
  [_LRI, _RT, _LUTa, _RSes, _PRI, _RSR, _DI, _MI],
  [0, 0, 4, 0, 0, 0, () => StackResourceDriftInformationSummary$, () => ModuleInfo$],
  4
];
var StackSet$ = [
  3,
  n0,
  _SS,
  0,
  [_SSN, _SSI, _D, _S, _TB, _P, _Ca, _Ta, _SSARN, _ARARN, _ERN, _SSDDD, _AD, _PM, _OUI, _ME, _Re],
  [0, 0, 0, 0, 0, () => _Parameters, 64 | 0, () => Tags, 0, 0, 0, () => StackSetDriftDetectionDetails$, () => AutoDeployment$, 0, 64 | 0, () => ManagedExecution$, 64 | 0]
];
var StackSetAutoDeploymentTargetSummary$ = [
  3,
  n0,
  _SSADTS,
  0,
  [_OUIr, _Re],
  [0, 64 | 0]
];
var StackSetDriftDetectionDetails$ = [
  3,
  n0,
  _SSDDD,
  0,
  [_DSr, _DDS, _LDCT, _TSIC, _DSIC, _ISSIC, _IPSIC, _FSIC],
  [0, 0, 4, 1, 1, 1, 1, 1]
];
var StackSetOperationPreferences$ = [
  3,
  n0,
  _SSOP,
  0,
  [_RCT, _RO, _FTC, _FTP, _MCC, _MCP, _CM],
  [0, 64 | 0, 1, 1, 1, 1, 0]
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_K, _V],
  [0, 0],
  2
];
var TemplateConfiguration$ = [
  3,
  n0,
  _TCe,
  0,
  [_DP, _URP],
  [0, 0]
];
var TemplateParameter$ = [
  3,
  n0,
  _TP,
  0,
  [_PK, _DVe, _NE, _D],
  [0, 0, 2, 0]
];
var UpdateGeneratedTemplateInput$ = [
  3,
  n0,
  _UGTI,
  0,
  [_GTN, _NGTN, _AR, _RRem, _RAR, _TCe],
  [0, 0, () => ResourceDefinitions, 64 | 0, 2, () => TemplateConfiguration$],
  1
];
var UpdateStackInput$ = [
  3,
  n0,
  _USI,
  0,
  [_SN, _TB, _TURL, _UPT, _SPDUB, _SPDUURL, _P, _Ca, _RTe, _RARN, _RCo, _SPB, _SPURL, _NARN, _Ta, _DR, _CRT, _REOC, _DC, _DV],
  [0, 0, 0, 2, 0, 0, () => _Parameters, 64 | 0, 64 | 0, 0, () => RollbackConfiguration$, 0, 0, 64 | 0, () => Tags, 2, 0, 2, () => DeploymentConfig$, 2],
  1
];
var UpdateStackInstancesInput$ = [
  3,
  n0,
  _USII,
  0,
  [_SSN, _Re, _Ac, _DT, _PO, _OP, _OI, _CA],
  [0, 64 | 0, 64 | 0, () => DeploymentTargets$, () => _Parameters, () => StackSetOperationPreferences$, [0, 4], 0],
  2
];
var UpdateStackSetInput$ = [
  3,
  n0,
  _USSI,
  0,
  [_SSN, _D, _TB, _TURL, _UPT, _P, _Ca, _Ta, _OP, _ARARN, _ERN, _DT, _PM, _AD, _OI, _Ac, _Re, _CA, _ME],
  [0, 0, 0, 0, 2, () => _Parameters, 64 | 0, () => Tags, () => StackSetOperationPreferences$, 0, 0, () => DeploymentTargets$, 0, () => AutoDeployment$, [0, 4], 64 | 0, 64 | 0, 0, () => ManagedExecution$],
  1
];
var ValidateTemplateOutput$ = [
  3,
  n0,
  _VTO,
  0,
  [_P, _D, _Ca, _CR, _DTe],
  [() => TemplateParameters, 0, 64 | 0, 0, 64 | 0]
];
var WarningDetail$ = [
  3,
  n0,
  _WD,
  0,
  [_T, _Pro],
  [0, () => WarningProperties]
];
var WarningProperty$ = [
  3,
  n0,
  _WP,
  0,
  [_PPr, _Req, _D],
  [0, 2, 0]
];
var Warnings$ = [
  3,
  n0,
  _W,
  0,
  [_URT],
  [64 | 0]
];
var AccountList = 64 | 0;
var AllowedValues = 64 | 0;
var Capabilities = 64 | 0;
var Changes = [
  1,
  n0,
  _Ch,
  0,
  () => Change$
];
var Imports = 64 | 0;
var JazzLogicalResourceIds = 64 | 0;
var LastOperations = [
  1,
  n0,
  _LO,
  0,
  () => OperationEntry$
];
var LogicalResourceIds = 64 | 0;
var NotificationARNs = 64 | 0;
var OrganizationalUnitIdList = 64 | 0;
var Outputs = [
  1,
  n0,
  _Ou,
  0,
  () => Output$
];
var ParameterDeclarations = [
  1,
  n0,
  _PDa,
  0,
  () => ParameterDeclaration$
];
var _Parameters = [
  1,
  n0,
  _P,
  0,
  () => Parameter$
];
var RegionList = 64 | 0;
var RegistrationTokenList = 64 | 0;
var ResourceChangeDetails = [
  1,
  n0,
  _RCDe,
  0,
  () => ResourceChangeDetail$
];
var ResourceDefinitions = [
  1,
  n0,
  _RDes,
  0,
  () => ResourceDefinition$
];
var ResourceDriftIgnoredAttributes = [
  1,
  n0,
  _RDIA,
  0,
  () => ResourceDriftIgnoredAttribute$
];
var ResourceIdentifiers = 64 | 0;
var ResourceIdentifierSummaries = [
  1,
  n0,
  _RIS,
  0,
  () => ResourceIdentifierSummary$
];
var ResourcesToImport = [
  1,
  n0,
  _RTI,
  0,
  () => ResourceToImport$
];
var ResourcesToSkip = 64 | 0;
var ResourceTypeFilters = 64 | 0;
var ResourceTypes = 64 | 0;
var RetainResources = 64 | 0;
var RollbackTriggers = [
  1,
  n0,
  _RTo,
  0,
  () => RollbackTrigger$
];
var ScanFilters = [
  1,
  n0,
  _SF,
  0,
  () => ScanFilter$
];
var Scope = 64 | 0;
var StackIdList = 64 | 0;
var StackIds = 64 | 0;
var StackRefactorExecutionStatusFilter = 64 | 0;
var StackRefactorTagResources = [
  1,
  n0,
  _SRTR,
  0,
  () => Tag$
];
var StackRefactorUntagResources = 64 | 0;
var StackResourceDriftStatusFilters = 64 | 0;
var StackResourceSummaries = [
  1,
  n0,
  _SRSt,
  0,
  () => StackResourceSummary$
];
var StackSetARNList = 64 | 0;
var StackStatusFilter = 64 | 0;
var StageList = 64 | 0;
var SupportedMajorVersions = 64 | 1;
var Tags = [
  1,
  n0,
  _Ta,
  0,
  () => Tag$
];
var TemplateParameters = [
  1,
  n0,
  _TPem,
  0,
  () => TemplateParameter$
];
var TransformsList = 64 | 0;
var WarningDetails = [
  1,
  n0,
  _WDa,
  0,
  () => WarningDetail$
];
var WarningProperties = [
  1,
  n0,
  _WPa,
  0,
  () => WarningProperty$
];
var JazzResourceIdentifierProperties = 128 | 0;
var ResourceIdentifierProperties = 128 | 0;
var ListStackResources$ = [
  9,
  n0,
  _LSRi,
  0,
  () => ListStackResourcesInput$,
  () => ListStackResourcesOutput$
];

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-05-15",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudFormationHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsQueryProtocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudformation",
      errorTypeRegistries,
      xmlNamespace: "http://cloudformation.amazonaws.com/doc/2010-05-15/",
      version: "2010-05-15",
      serviceTarget: "CloudFormation"
    },
    serviceId: config?.serviceId ?? "CloudFormation",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/CloudFormationClient.js
var CloudFormationClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
    this.config = _config_8;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudFormationHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-cloudformation/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "CloudFormation", "CloudFormationClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudformation/dist-es/commands/ListStackResourcesCommand.js
var ListStackResourcesCommand = class extends command(_ep0, _mw0, "ListStackResources", ListStackResources$) {
};

// src/live/paginate.ts
var MAX_PAGES = 1e4;
async function collectPages(operation, fetch) {
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  let token2;
  for (let pages = 1; ; pages++) {
    const page = await fetch(token2);
    appendAll(all, page.items);
    token2 = page.next;
    if (!token2) return all;
    if (seen.has(token2)) {
      throw new InvalidAnswerError(`${operation} repeated a pagination token it had already given`);
    }
    if (pages >= MAX_PAGES) throw new InvalidAnswerError(`${operation} gave more than ${MAX_PAGES} pages`);
    seen.add(token2);
  }
}

// src/live/retry.ts
var exponentialBackoff = (attempt) => Math.random() * Math.min(5e3, 100 * 2 ** (attempt - 1));
function token(count, delay) {
  return { getRetryCount: () => count, getRetryDelay: () => delay };
}
var BoundedRetryStrategy = class {
  constructor(maxAttempts, delay = exponentialBackoff) {
    this.maxAttempts = maxAttempts;
    this.delay = delay;
  }
  maxAttempts;
  delay;
  /** Set once a request was still throttled after every attempt. */
  throttledOut = false;
  acquireInitialRetryToken() {
    return Promise.resolve(token(0, 0));
  }
  /** A token for one more attempt; rejecting makes the SDK throw the request's last error. */
  refreshRetryTokenForRetry(previous, info) {
    const retries = previous.getRetryCount() + 1;
    if (info.errorType === "CLIENT_ERROR") return Promise.reject(info.error);
    if (info.errorType === "THROTTLING" && this.throttledOut) return Promise.reject(info.error);
    if (retries >= this.maxAttempts) {
      if (info.errorType === "THROTTLING") this.throttledOut = true;
      return Promise.reject(info.error);
    }
    return Promise.resolve(token(retries, Math.max(0, this.delay(retries))));
  }
  recordSuccess() {
  }
};

// src/live/aws.ts
async function connectAws(options) {
  let requests = 0;
  const shared = {
    ...options.region ? { region: options.region } : options.placeholderCredentials ? { region: PLACEHOLDER_REGION } : {},
    ...options.profile ? { profile: options.profile } : {},
    ...options.placeholderCredentials ? { credentials: PLACEHOLDER_CREDENTIALS } : {},
    maxAttempts: options.maxAttempts,
    retryStrategy: new BoundedRetryStrategy(options.maxAttempts, options.retryDelay),
    // Without throwOnRequestTimeout the handler only logs a warning and keeps waiting.
    requestHandler: {
      connectionTimeout: options.timeoutMs,
      requestTimeout: options.timeoutMs,
      throwOnRequestTimeout: true
    }
  };
  const dynamodb = new DynamoDBClient({
    ...shared,
    ...options.endpoint ? { endpoint: options.endpoint } : {}
  });
  const counter = { step: "deserialize", name: "dynalintRequestCounter" };
  const sendOptions = () => {
    const total = AbortSignal.timeout(options.totalTimeoutMs ?? 3 * options.timeoutMs);
    return { abortSignal: options.signal ? AbortSignal.any([total, options.signal]) : total };
  };
  dynamodb.middlewareStack.add((next) => (args) => (requests += 1, next(args)), counter);
  let cloudformation;
  const stacks = () => {
    if (!cloudformation) {
      cloudformation = new CloudFormationClient(shared);
      cloudformation.middlewareStack.add((next) => (args) => (requests += 1, next(args)), counter);
    }
    return cloudformation;
  };
  return {
    endpoint: options.label ?? (options.endpoint ? endpointLabel(options.endpoint) : await regionalEndpoint(dynamodb)),
    async describeTable(name) {
      return (await dynamodb.send(new DescribeTableCommand({ TableName: name }), sendOptions())).Table;
    },
    async describeTimeToLive(name) {
      return (await dynamodb.send(new DescribeTimeToLiveCommand({ TableName: name }), sendOptions())).TimeToLiveDescription;
    },
    async describeContinuousBackups(name) {
      return (await dynamodb.send(new DescribeContinuousBackupsCommand({ TableName: name }), sendOptions())).ContinuousBackupsDescription;
    },
    listTagsOfResource(arn) {
      return collectPages("ListTagsOfResource", async (token2) => {
        const page = await dynamodb.send(
          new ListTagsOfResourceCommand({ ResourceArn: arn, ...token2 ? { NextToken: token2 } : {} }),
          sendOptions()
        );
        return { items: page.Tags ?? [], next: page.NextToken };
      });
    },
    listTableNames() {
      return collectPages("ListTables", async (token2) => {
        const page = await dynamodb.send(
          new ListTablesCommand(token2 ? { ExclusiveStartTableName: token2 } : {}),
          sendOptions()
        );
        return { items: page.TableNames ?? [], next: page.LastEvaluatedTableName };
      });
    },
    listStackResources(stack) {
      if (options.withoutCloudFormation) {
        return Promise.reject(new Error("CloudFormation is not available here"));
      }
      return collectPages("ListStackResources", async (token2) => {
        const page = await stacks().send(
          new ListStackResourcesCommand({ StackName: stack, ...token2 ? { NextToken: token2 } : {} }),
          sendOptions()
        );
        return { items: (page.StackResourceSummaries ?? []).flatMap(toStackResource), next: page.NextToken };
      });
    },
    calls: () => requests,
    close() {
      dynamodb.destroy();
      cloudformation?.destroy();
    }
  };
}
function toStackResource(summary) {
  const { LogicalResourceId: logicalId, PhysicalResourceId: physicalId, ResourceType: type } = summary;
  return logicalId && physicalId && type ? [{ logicalId, physicalId, type }] : [];
}
async function regionalEndpoint(client) {
  const region = await client.config.region().catch(() => void 0);
  return region ? `dynamodb.${region}.amazonaws.com` : "DynamoDB (no region configured)";
}
function endpointLabel(endpoint) {
  try {
    const url = new URL(endpoint);
    return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return endpoint;
  }
}
export {
  connectAws,
  endpointLabel
};
