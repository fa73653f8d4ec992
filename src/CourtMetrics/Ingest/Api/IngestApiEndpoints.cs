using CourtMetrics.Site;
using CourtMetrics.Security;
using System.Text.Json;
using CourtMetrics.Ingest.ApiKeys;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Ingest.Api;

/// <summary>
/// The ingestion API (/api/ingest) and the administrators' API keys. POST /api/ingest/batches reads the body up to its
/// byte cap, parses it once to count the items, and hands the items array, as text, to EventBatches. Over a cap → 413; not JSON or no items → 400; a bad item → 400 naming all.
/// </summary>
public static class IngestApiEndpoints
{
    public static void MapIngestApi(this WebApplication app)
    {
        app.MapGroup("/api/ingest").WithTags("Ingestion").MapPost("/batches", PostBatchAsync)
            .RequireAuthorization(ApiKeyAuthentication.Policy)
            .RequireRateLimiting(RateLimits.IngestBatches)
            .WithName("SendBatch")
            .WithSummary("Sends a batch of events of a source system (API key in 'Authorization: Bearer' or 'X-Api-Key'): all written in one transaction, or none.")
            .WithDescription("Cases filed, disposed, reopened and corrected, judgments published, hearings, budget lines and portal use, "
                + "identified by the source system's ids: a batch sent again changes nothing. A bad item refuses the whole batch; the "
                + "problem names every bad item by its index in items, its kind, field and reason. The written cells are aggregated "
                + "and pushed to live dashboards.")
            .Accepts<EventBatch>("application/json")
            .Produces<BatchReceipt>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .AddOpenApiOperationTransformer(BatchDocumentation.Describe);
        app.MapApiKeys();
    }

    private static async Task<IResult> PostBatchAsync(HttpRequest request, EventBatches batches, IOptions<IngestApiOptions> options,
        CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var body = await CappedBody.ReadAsync(request, limits.MaxBodyBytes, cancellationToken);
        if (body is null) return TooLarge(limits);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
        }
        catch (JsonException e)
        {
            return Refused($"The body is not valid JSON: {e.Message}");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                return Refused("The body must be a JSON object with an array 'items': {\"items\": [ … ]}.");
            var count = items.GetArrayLength();
            if (count == 0) return Refused("The batch has no items.");
            if (count > limits.MaxItems)
                return ProblemAnswers.Refused(StatusCodes.Status413PayloadTooLarge, "Batch too large",
                    $"The batch has {count:N0} items; at most {limits.MaxItems:N0} are accepted in one batch: send it in parts.");

            var key = ApiKeyAuthentication.KeyOf(request.HttpContext.User);
            var outcome = UnstorableValues.Find(items) is { Count: > 0 } unstorable
                ? new BatchOutcome(null, unstorable, unstorable.Count, unstorable.Select(p => p.Item).Distinct().Count())
                : await batches.IngestAsync(items.GetRawText(), count, key, cancellationToken, reports: HoldsReports(items));
            if (outcome.Receipt is { } receipt) return TypedResults.Ok(receipt);
            var listed = string.Join("\n", outcome.Problems);
            var more = outcome.ProblemCount > outcome.Problems.Count ? $"\n… and {outcome.ProblemCount - outcome.Problems.Count:N0} more problems." : "";
            return ProblemAnswers.Refused(StatusCodes.Status400BadRequest, "Batch refused",
                $"Nothing was written: {outcome.BadItems:N0} of {count:N0} items are bad.\n{listed}{more}",
                new Dictionary<string, object?> { ["problems"] = outcome.Problems });
        }
    }

    private static bool HoldsReports(JsonElement items) => items.EnumerateArray().Any(item => item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty("kind", out var kind) && kind.ValueKind == JsonValueKind.String && kind.ValueEquals("report"));

    private static IResult Refused(string detail) => ProblemAnswers.BadRequest("Batch refused", detail);

    private static IResult TooLarge(IngestApiOptions limits) => ProblemAnswers.Refused(StatusCodes.Status413PayloadTooLarge,
        "Batch too large", $"The body is larger than {limits.MaxBodyBytes:N0} bytes: send the batch in parts.");
}
