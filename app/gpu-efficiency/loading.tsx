import { GpuEfficiencySkeleton } from "@/components/gpu/gpu-efficiency-skeleton";

export default function Loading() {
  return <GpuEfficiencySkeleton />;
}
