import type { BundledPrice } from "./types";

// On-demand Linux GPU prices, pricing.md §1.4. AWS and Azure bill whole instances per hour; GCP
// bills an accelerator VM as GPU + vCPU + RAM (+ local SSD) SKUs, so it has both: the per-GPU SKU
// (gpu_hour) and the machine total (instance_hour) that Cyclenerd's Catalog snapshot sums.

const hour = (
  provider: "aws" | "azure" | "gcp",
  region: string,
  product: string,
  component: "gpu_hour" | "instance_hour",
  price: string,
  source: string,
): BundledPrice => ({ source, provider, region, product, component, unit: "hour", price });

const AWS = "aws-ec2-offer-corpus-2026-09";
const CY = "gcp-cyclenerd-2026-07";
const AZ_QUOTES = "azure-a100-vm-quotes";

export const GPU_PRICES: BundledPrice[] = [
  hour("aws", "us-east-1", "ec2-p4d.24xlarge", "instance_hour", "21.957642", AWS),
  hour("aws", "us-east-1", "ec2-p5.48xlarge", "instance_hour", "55.04", AWS),
  hour("aws", "us-east-1", "ec2-g5.2xlarge", "instance_hour", "1.212", AWS),
  hour("aws", "us-east-1", "ec2-g6.xlarge", "instance_hour", "0.8048", AWS),
  hour("aws", "us-east-1", "ec2-g5.xlarge", "instance_hour", "1.006", "aws-g5-xlarge"),
  hour("aws", "us-east-1", "ec2-g6e.xlarge", "instance_hour", "1.861", "aws-g6e-xlarge-quotes"),
  hour(
    "azure",
    "eastus",
    "vm-Standard_ND96isr_H100_v5",
    "instance_hour",
    "98.32",
    "azure-gpu-vantage-2026-09",
  ),
  hour(
    "azure",
    "eastus",
    "vm-Standard_ND96amsr_A100_v4",
    "instance_hour",
    "32.77",
    "azure-gpu-vantage-2026-09",
  ),
  hour("azure", "eastus", "vm-Standard_ND96asr_v4", "instance_hour", "27.20", AZ_QUOTES),
  hour("azure", "eastus", "vm-Standard_NC24ads_A100_v4", "instance_hour", "3.67", AZ_QUOTES),
  hour("gcp", "us-central1", "gpu-nvidia-tesla-a100", "gpu_hour", "2.933908", "gcp-opencost-skus-2023"),
  hour("gcp", "us-central1", "gpu-nvidia-a100-80gb", "gpu_hour", "3.92808", "gcp-gpu-catalog-tests"),
  hour("gcp", "us-central1", "gpu-nvidia-h100-80gb", "gpu_hour", "9.796551", "gcp-gpu-catalog-tests"),
  hour("gcp", "us-central1", "gpu-nvidia-l4", "gpu_hour", "0.560040", "gcp-gpu-catalog-tests"),
  hour("gcp", "us-central1", "vm-a2-highgpu-1g", "instance_hour", "3.673385", CY),
  hour("gcp", "us-central1", "vm-a2-highgpu-8g", "instance_hour", "29.38708", CY),
  hour("gcp", "us-central1", "vm-a2-ultragpu-1g", "instance_hour", "5.068798", CY),
  hour("gcp", "us-central1", "vm-a2-ultragpu-8g", "instance_hour", "40.55038", CY),
  hour("gcp", "us-central1", "vm-a3-highgpu-1g", "instance_hour", "11.06125", CY),
  hour("gcp", "us-central1", "vm-a3-highgpu-8g", "instance_hour", "88.49", CY),
  hour("gcp", "us-central1", "vm-g2-standard-4", "instance_hour", "0.706832", CY),
  hour("gcp", "us-central1", "vm-g2-standard-8", "instance_hour", "0.853624", CY),
];
