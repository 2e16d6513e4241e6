import { WasteSkeleton } from "@/components/waste/waste-skeleton";

export default function Loading() {
  return <WasteSkeleton />;
}
