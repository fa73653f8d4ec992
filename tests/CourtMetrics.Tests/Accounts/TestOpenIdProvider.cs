using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CourtMetrics.Tests.Accounts;

/// <summary>
/// A tiny OpenID Connect provider on a loopback port, for signing in without the internet: discovery, its signing key
/// (JWKS), /authorize that sends the browser straight back with a code for <see cref="User"/>, and /token that checks
/// the code, the client's secret and PKCE and issues an RS256 id_token. <see cref="ForgeSignatures"/> makes it sign
/// with another key under the same key id, as a forger would.
/// </summary>
public sealed class TestOpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "courtmetrics";
    public const string ClientSecret = "the client's secret";
    private const string KeyId = "test-key";

    private readonly WebApplication _app;
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _forgersKey = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, (string Nonce, string RedirectUri, string Challenge)> _codes = new();

    /// <summary>The claims of the user who "signs in" at the provider (sub, name, role, courtmetrics_scopes…).</summary>
    public Dictionary<string, object> User { get; set; } = new() { ["sub"] = "u-1", ["name"] = "Test User" };
    public bool ForgeSignatures { get; set; }
    public Uri Authority { get; private set; } = null!;

    private TestOpenIdProvider()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        _app = builder.Build();
        _app.MapGet("/.well-known/openid-configuration", (HttpContext http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer(http),
            ["authorization_endpoint"] = $"{Issuer(http)}/authorize",
            ["token_endpoint"] = $"{Issuer(http)}/token",
            ["jwks_uri"] = $"{Issuer(http)}/jwks",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["code_challenge_methods_supported"] = new[] { "S256" },
        }));
        _app.MapGet("/jwks", () =>
        {
            var key = _key.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId,
                n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent) } } });
        });
        _app.MapGet("/authorize", (HttpContext http) =>
        {
            var q = http.Request.Query;
            if (q["client_id"] != ClientId || q["response_type"] != "code") return Results.BadRequest("unknown client or response type");
            var code = Guid.NewGuid().ToString("N");
            _codes[code] = (q["nonce"].ToString(), q["redirect_uri"].ToString(), q["code_challenge"].ToString());
            return Results.Redirect($"{q["redirect_uri"]}?code={code}&state={Uri.EscapeDataString(q["state"].ToString())}");
        });
        _app.MapPost("/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret) return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            if (!_codes.TryRemove(form["code"].ToString(), out var issued) || issued.RedirectUri != form["redirect_uri"]
                || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != issued.Challenge)
                return Results.Json(new { error = "invalid_grant" }, statusCode: 400);
            return Results.Json(new { access_token = "not-used", token_type = "Bearer", expires_in = 300, id_token = IdToken(Issuer(http), issued.Nonce) });
        });
    }

    public static async Task<TestOpenIdProvider> StartAsync()
    {
        var provider = new TestOpenIdProvider();
        await provider._app.StartAsync();
        var address = provider._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        provider.Authority = new Uri(address);
        return provider;
    }

    private string IdToken(string issuer, string nonce)
    {
        var key = new RsaSecurityKey(ForgeSignatures ? _forgersKey : _key) { KeyId = KeyId };
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            Claims = new Dictionary<string, object>(User) { ["nonce"] = nonce },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Issuer(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}";

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _key.Dispose();
        _forgersKey.Dispose();
    }
}
