import { AWS_GPU_INSTANCES } from "../products";
import { type AwsRecord, awsRecordsFromOffer, parseAwsRecords } from "./aws-offer";
import { fetchWithRetry, type RetryOptions } from "./fetch-with-retry";
import { type AwsCredentials, signAwsRequest } from "./sigv4";
import { emptyResult, type FetchFn, type ImportResult, mergeResults } from "./types";

export interface AwsFetchOptions {
  fetch: FetchFn;
  regions: string[];
  /** Needed for the Query API (EBS and EC2); without it only the bulk offer files are read. */
  credentials: AwsCredentials | null;
  now: () => Date;
  bulkBaseUrl?: string;
  queryEndpoint?: string;
  retry?: RetryOptions;
}

const BULK = "https://pricing.us-east-1.amazonaws.com";
const QUERY = "https://api.pricing.us-east-1.amazonaws.com/";
// EFS, FSx and S3 regional offer files are small; the EC2 one runs to gigabytes, so EBS volumes,
// snapshots and GPU instances come from the Query API with filters instead.
const BULK_OFFERS = ["AmazonEFS", "AmazonFSx", "AmazonS3"];
const EBS_FAMILIES = ["Storage", "System Operation", "Provisioned Throughput", "Storage Snapshot"];

// AWS signals throttling on the Query API as HTTP 400 with a ThrottlingException body.
const throttled = (status: number, body: string) => status === 400 && body.includes("ThrottlingException");

export async function fetchAwsPrices(options: AwsFetchOptions): Promise<ImportResult> {
  const results: ImportResult[] = [];
  for (const region of options.regions) {
    for (const offer of BULK_OFFERS) {
      const url = `${options.bulkBaseUrl ?? BULK}/offers/v1.0/aws/${offer}/current/${region}/index.json`;
      const response = await fetchWithRetry(options.fetch, url, {}, options.retry);
      if (response.status === 404 || response.status === 403) {
        results.push({
          ...emptyResult(),
          warnings: [`${offer} has no offer file for ${region}`],
          sources: [url],
        });
        continue;
      }
      if (response.status !== 200)
        throw new Error(`AWS Price List ${offer} ${region}: HTTP ${response.status}`);
      const { records, version } = awsRecordsFromOffer(JSON.parse(response.body));
      results.push({
        ...parseAwsRecords(records, [region]),
        version: version && `${offer} ${version}`,
        sources: [url],
      });
    }
    if (!options.credentials) {
      results.push({
        ...emptyResult(),
        warnings: [
          "EBS and EC2 prices need the Price List Query API: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass an offer file with --from-file",
        ],
      });
      continue;
    }
    const filters = [
      ...EBS_FAMILIES.map((family) => [["productFamily", family]]),
      ...AWS_GPU_INSTANCES.map((type) => [
        ["instanceType", type],
        ["operatingSystem", "Linux"],
        ["tenancy", "Shared"],
        ["preInstalledSw", "NA"],
        ["capacitystatus", "Used"],
      ]),
    ];
    for (const filter of filters) {
      const records = await getProducts(options, [["regionCode", region], ...filter]);
      results.push({
        ...parseAwsRecords(records, [region]),
        sources: [`GetProducts AmazonEC2 ${region} ${filter.map((f) => f[1]).join(" ")}`],
      });
    }
  }
  return mergeResults(results);
}

/** Pages through pricing:GetProducts (JSON 1.1 over a signed POST), following NextToken. */
async function getProducts(options: AwsFetchOptions, filters: string[][]): Promise<AwsRecord[]> {
  const records: AwsRecord[] = [];
  let nextToken: string | undefined;
  const endpoint = options.queryEndpoint ?? QUERY;
  do {
    const body = JSON.stringify({
      ServiceCode: "AmazonEC2",
      FormatVersion: "aws_v1",
      MaxResults: 100,
      Filters: filters.map(([Field, Value]) => ({ Type: "TERM_MATCH", Field, Value })),
      ...(nextToken ? { NextToken: nextToken } : {}),
    });
    const headers = signAwsRequest({
      method: "POST",
      url: endpoint,
      headers: {
        "content-type": "application/x-amz-json-1.1",
        "x-amz-target": "AWSPriceListService.GetProducts",
      },
      body,
      credentials: options.credentials as AwsCredentials,
      region: "us-east-1",
      service: "pricing",
      now: options.now(),
    });
    const response = await fetchWithRetry(
      options.fetch,
      endpoint,
      { method: "POST", headers, body },
      {
        ...options.retry,
        isRetryable: throttled,
      },
    );
    if (response.status !== 200) {
      const error = safeJson(response.body) as { __type?: string; message?: string; Message?: string } | null;
      throw new Error(
        `AWS Price List Query API: HTTP ${response.status} ${error?.__type ?? ""} ${error?.message ?? error?.Message ?? ""}`.trim(),
      );
    }
    const page = JSON.parse(response.body) as { PriceList: string[]; NextToken?: string };
    for (const record of awsRecordsFromOffer(page).records) records.push(record);
    nextToken = page.NextToken || undefined;
  } while (nextToken);
  return records;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
