/** Terraform/OpenTofu plans and state rendered as JSON (`terraform show -json`). */
import { fileFormat } from '../format.ts';
import { loadPlanText } from '../load.ts';
import { isTerraformPlanJson } from './plan.ts';

export const terraformPlanFormat = fileFormat({
  name: 'Terraform plan JSON',
  sourceFormats: ['terraform-plan'],
  deployer: 'terraform',
  candidate: (name) => name.toLowerCase().endsWith('.json'),
  detect: (bytes) => isTerraformPlanJson(bytes),
  loadText: (text, display) => loadPlanText(text, display),
});
