using CourtMetrics.Site;
using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Ingest.ApiKeys;

/// <summary>
/// Source systems authenticate with their API key, as <c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>.
/// Only endpoints of the source-systems policy use this scheme; anything else answers 401 as ProblemDetails.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, ApiKeyStore keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Policy = "source-systems";
    public const string SourceSystemClaim = "source_system";
    public const string CourtsClaim = "courts";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers["X-Api-Key"].FirstOrDefault();
        var authorization = Request.Headers.Authorization.FirstOrDefault();
        if (key is null && authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true)
            key = authorization["Bearer ".Length..].Trim();
        if (string.IsNullOrEmpty(key)) return AuthenticateResult.NoResult();

        var found = await keys.FindAsync(key, Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail("The API key is unknown or revoked.");
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, found.Id.ToString(CultureInfo.InvariantCulture)),
            new(SourceSystemClaim, found.SourceSystem),
        ];
        if (found.CourtIds is { } courts) claims.Add(new(CourtsClaim, string.Join(',', courts)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer";
        await ProblemAnswers.WriteAsync(Context, StatusCodes.Status401Unauthorized, "API key required",
            result.Failure?.Message ?? "Send the source system's API key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
    }

    /// <summary>The key of an authenticated source system.</summary>
    public static SourceSystemKey KeyOf(ClaimsPrincipal user) => new(
        int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture),
        user.FindFirstValue(SourceSystemClaim)!,
        user.FindFirstValue(CourtsClaim)?.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray());
}
