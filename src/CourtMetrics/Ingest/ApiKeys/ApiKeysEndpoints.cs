using CourtMetrics.Security;
using CourtMetrics.Site;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CourtMetrics.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CourtMetrics.Ingest.ApiKeys;

/// <summary>Administrators create, list and revoke the source systems' API keys (/admin/api-keys.html uses these).</summary>
internal static partial class ApiKeysEndpoints
{
    private const int MaxCourts = 1000;

    public sealed record NewApiKey(string? Name, string? SourceSystem, string[]? Courts);

    public static void MapApiKeys(this WebApplication app)
    {
        var api = app.MapGroup("/api/admin/api-keys").RequireAuthorization(Administrators.Policy).WithTags("API keys");
        api.MapGet("", ListAsync)
            .WithName("GetApiKeys").WithSummary("Every API key, newest first, with its prefix but never its secret (administrators).");
        api.MapPost("", CreateAsync)
            .WithName("CreateApiKey")
            .WithSummary("Creates a key for a source system, optionally limited to some courts (administrators). The answer holds the key: it is shown only this once.")
            .Produces<CreatedApiKey>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapDelete("/{id:int}", RevokeAsync)
            .WithName("RevokeApiKey").WithSummary("Revokes a key: from now on its requests are refused with 401 (administrators).")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<ApiKeyListing>>> ListAsync(ApiKeyStore keys) => TypedResults.Ok(await keys.ListAsync());

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(int id, ApiKeyStore keys, HttpContext http) =>
        await keys.RevokeAsync(id) ? TypedResults.NoContent() : ProblemAnswers.NotFound(Messages.Say(http, "noApiKey", id));

    private static async Task<IResult> CreateAsync(NewApiKey request, ClaimsPrincipal user, ApiKeyStore keys, HttpContext http)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100) return Refusal(http, "name", "apiKeyName");
        if (request.SourceSystem is null || !SourceSystemName().IsMatch(request.SourceSystem))
            return Refusal(http, "sourceSystem", "apiKeySourceSystem");
        var courts = request.Courts?.Select(c => c.Trim()).Distinct().ToArray();
        if (courts is { Length: 0 or > MaxCourts })
            return Refusal(http, "courts", "apiKeyCourtCount", MaxCourts);
        if (courts is not null && await keys.UnknownCourtsAsync(courts) is { Length: > 0 } unknown)
            return Refusal(http, "courts", "apiKeyCourtsUnknown", string.Join(", ", unknown));
        var created = await keys.CreateAsync(name, request.SourceSystem, courts, user.Identity!.Name!);
        return TypedResults.Created($"/api/admin/api-keys/{created.Id}", created);
    }

    private static IResult Refusal(HttpContext http, string field, string key, params object?[] args) =>
        ProblemAnswers.FieldRefused("API key not created", field, Messages.Say(http, key, args));

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex SourceSystemName();
}
