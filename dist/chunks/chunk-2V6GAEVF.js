import { createRequire as __dynalintCreateRequire } from 'node:module'; const require = __dynalintCreateRequire(import.meta.url);

// src/live/api.ts
var PLACEHOLDER_CREDENTIALS = {
  accessKeyId: "dynalintlocal",
  secretAccessKey: "dynalintlocal"
};
var PLACEHOLDER_REGION = "us-east-1";
function silenceSdkNodeWarning() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
async function connect(options) {
  silenceSdkNodeWarning();
  const { connectAws } = await import("./aws-RVZLMDVG.js");
  return connectAws(options);
}

export {
  PLACEHOLDER_CREDENTIALS,
  PLACEHOLDER_REGION,
  silenceSdkNodeWarning,
  connect
};
