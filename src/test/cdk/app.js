// A CDK app for CdkAssemblyTest: synthesized with aws-cdk-lib from src/test/npm into the folder
// named by CDK_OUTDIR. Plain JavaScript, so node runs it without a compiler.
'use strict';
const cdk = require('aws-cdk-lib');
const bedrock = require('aws-cdk-lib/aws-bedrock');
const kms = require('aws-cdk-lib/aws-kms');

const MODEL = 'anthropic.claude-3-haiku-20240307-v1:0';

class AssistantStack extends cdk.Stack {
  constructor(scope, id, props) {
    super(scope, id, props);
    const key = new kms.Key(this, 'AgentKey', { enableKeyRotation: true });
    // Session data encrypted with a key AWS owns: BEDROCK-001 fires here.
    new bedrock.CfnAgent(this, 'PlainAgent', { agentName: 'plain', foundationModel: MODEL });
    // Under the customer-managed key: silent.
    new bedrock.CfnAgent(this, 'KeyedAgent', {
      agentName: 'keyed', foundationModel: MODEL, customerEncryptionKeyArn: key.keyArn,
    });
    // Suppressed through CloudFormation metadata, as a CDK user writes it (addMetadata keeps aws:cdk:path).
    const sandbox = new bedrock.CfnAgent(this, 'SandboxAgent', { agentName: 'sandbox', foundationModel: MODEL });
    sandbox.addMetadata('iac-lint', {
      ignore: [{ rule: 'BEDROCK-001', reason: 'sandbox account, no customer data' }],
    });
    new GuardrailStack(this, 'Safety');
  }
}

class GuardrailStack extends cdk.NestedStack {
  constructor(scope, id) {
    super(scope, id);
    // A guardrail without a key, in a nested stack.
    new bedrock.CfnGuardrail(this, 'Guardrail', {
      name: 'guard', blockedInputMessaging: 'no', blockedOutputsMessaging: 'no',
      contentPolicyConfig: { filtersConfig: [{ type: 'HATE', inputStrength: 'HIGH', outputStrength: 'HIGH' }] },
    });
  }
}

// The cdk CLI turns on path metadata (aws:cdk:path) for every synth; running the app directly, we ask for it.
const app = new cdk.App({
  outdir: process.env.CDK_OUTDIR,
  context: { 'aws:cdk:enable-path-metadata': true },
});
new AssistantStack(app, 'Assistant');
const prod = new cdk.Stage(app, 'Prod');
new AssistantStack(prod, 'Assistant');
app.synth();
