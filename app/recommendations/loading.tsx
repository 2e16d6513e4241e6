import { RecommendationsSkeleton } from "@/components/recommendations/recommendations-skeleton";

export default function Loading() {
  return <RecommendationsSkeleton />;
}
