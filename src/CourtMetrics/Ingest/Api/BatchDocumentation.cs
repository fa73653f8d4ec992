using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CourtMetrics.Ingest.Api;

/// <summary>A batch of events, for the OpenAPI document (the endpoint reads the body itself, see IngestApiEndpoints).</summary>
[Description("Events of one source system, written in one transaction: all or nothing.")]
public sealed record EventBatch([property: JsonPropertyName("items")] IReadOnlyList<BatchItem> Items);

/// <summary>One event. Which fields an item has depends on its kind; ids are the source system's own.</summary>
[Description("""
    One event; the fields depend on kind. case_filed: case_id, court, category, filed_on, filing_channel
    (electronic|paper), optional extraterritorial, ai_assisted, disposed_on. case_disposed: case_id, disposed_on.
    case_reopened (disposition withdrawn): case_id. case_corrected: case_id and any of the case_filed fields to change.
    judgment_published: case_id, published_on. hearing: hearing_id, court, held_on, mode (in_person|video), optional
    case_id. budget_line: line_id, court, fiscal_year, item (personnel|operations|technology|capital), allocated,
    spent, booked_on. portal_use: court, day, visits (replaces that court-day's count). Dates are yyyy-mm-dd, not in
    the future. Items apply in order; sending a batch again changes nothing.
    """)]
public sealed record BatchItem(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("case_id")] string? CaseId = null,
    [property: JsonPropertyName("court")] string? Court = null,
    [property: JsonPropertyName("category")] string? Category = null,
    [property: JsonPropertyName("filed_on")] string? FiledOn = null,
    [property: JsonPropertyName("disposed_on")] string? DisposedOn = null,
    [property: JsonPropertyName("filing_channel")] string? FilingChannel = null,
    [property: JsonPropertyName("extraterritorial")] bool? Extraterritorial = null,
    [property: JsonPropertyName("ai_assisted")] bool? AiAssisted = null,
    [property: JsonPropertyName("published_on")] string? PublishedOn = null,
    [property: JsonPropertyName("hearing_id")] string? HearingId = null,
    [property: JsonPropertyName("held_on")] string? HeldOn = null,
    [property: JsonPropertyName("mode")] string? Mode = null,
    [property: JsonPropertyName("line_id")] string? LineId = null,
    [property: JsonPropertyName("fiscal_year")] int? FiscalYear = null,
    [property: JsonPropertyName("item")] string? Item = null,
    [property: JsonPropertyName("allocated")] decimal? Allocated = null,
    [property: JsonPropertyName("spent")] decimal? Spent = null,
    [property: JsonPropertyName("booked_on")] string? BookedOn = null,
    [property: JsonPropertyName("day")] string? Day = null,
    [property: JsonPropertyName("visits")] int? Visits = null);

internal static class BatchDocumentation
{
    public const string RequestExample = """
        {"items": [
          {"kind": "case_filed", "case_id": "2026-CV-0412", "court": "N-1", "category": "civil", "filed_on": "2026-03-02", "filing_channel": "electronic"},
          {"kind": "case_disposed", "case_id": "2026-CV-0388", "disposed_on": "2026-03-02"},
          {"kind": "case_reopened", "case_id": "2025-CR-1170"},
          {"kind": "case_corrected", "case_id": "2026-CV-0301", "category": "family", "filed_on": "2026-02-11"},
          {"kind": "judgment_published", "case_id": "2026-CV-0388", "published_on": "2026-03-02"},
          {"kind": "hearing", "hearing_id": "H-99812", "case_id": "2026-CV-0301", "court": "N-1", "held_on": "2026-03-02", "mode": "video"},
          {"kind": "budget_line", "line_id": "2026-N1-OPS-03", "court": "N-1", "fiscal_year": 2026, "item": "operations", "allocated": 120000.00, "spent": 8450.75, "booked_on": "2026-03-02"},
          {"kind": "portal_use", "court": "N-1", "day": "2026-03-01", "visits": 5230}
        ]}
        """;

    public const string ReceiptExample = """
        {"items": 8,
         "accepted": {"budget_line": 1, "case_corrected": 1, "case_disposed": 1, "case_filed": 1, "case_reopened": 1, "hearing": 1, "judgment_published": 1, "portal_use": 1},
         "written": {"cases": 4, "judgments_published": 1, "hearings": 1, "budget_lines": 1, "portal_use": 1}}
        """;

    public const string RefusalExample = """
        {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "Batch refused", "status": 400,
         "detail": "Nothing was written: 2 of 8 items are bad.\nitems[1] (case_disposed), field disposed_on: disposed before it was filed ('2026-01-02')\nitems[6] (budget_line), field spent: negative amount ('-5')",
         "problems": [
           {"item": 1, "kind": "case_disposed", "field": "disposed_on", "reason": "disposed before it was filed", "value": "2026-01-02"},
           {"item": 6, "kind": "budget_line", "field": "spent", "reason": "negative amount", "value": "-5"}]}
        """;

    /// <summary>The API key scheme, and examples of the request, the receipt and a refusal, in the OpenAPI document.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Document is { } document)
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes.TryAdd(ApiKeys.ApiKeyAuthentication.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http, Scheme = "bearer",
                Description = "A source system's API key (from an administrator, /admin/api-keys.html), as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.",
            });
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeys.ApiKeyAuthentication.SchemeName, document)] = [] }];
        }
        if (operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true)
            request.Example = JsonNode.Parse(RequestExample);
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var receipt) == true)
            receipt.Example = JsonNode.Parse(ReceiptExample);
        if (operation.Responses?.TryGetValue("400", out var bad) == true && bad.Content?.TryGetValue("application/problem+json", out var refusal) == true)
            refusal.Example = JsonNode.Parse(RefusalExample);
        return Task.CompletedTask;
    }
}
