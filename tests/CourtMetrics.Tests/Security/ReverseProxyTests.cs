using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using CourtMetrics.Accounts;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CourtMetrics.Tests.Security;

/// <summary>
/// The app as in production (HSTS on) with nginx, 127.0.0.2, as its one known proxy, chart requests limited to two
/// an hour per client address, and OpenID Connect sign-in against a provider that is never contacted: its endpoints
/// are given, so starting a sign-in only shows where the browser would be sent.
/// </summary>
public sealed class ProductionApp : AppFactory
{
    public const string ProviderAuthorize = "https://provider.courtmetrics.test/authorize";

    public ProductionApp()
    {
        With("Proxy:KnownProxies:0", Nginx.ProxyAddress.ToString());
        With("Security:ChartsPerWindow", "2").With("Security:ChartsWindowSeconds", "3600");
        With("Accounts:OpenIdConnect:Authority", "https://provider.courtmetrics.test/");
        With("Accounts:OpenIdConnect:ClientId", "courtmetrics");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services => services.Configure<OpenIdConnectOptions>(OpenIdConnectSettings.Scheme, oidc =>
            oidc.Configuration = new OpenIdConnectConfiguration { Issuer = "https://provider.courtmetrics.test/", AuthorizationEndpoint = ProviderAuthorize }));
    }
}

/// <summary>The production app on a loopback port and nginx in front of it: one of each for the class.</summary>
public sealed class ProxiedApp : IAsyncLifetime
{
    public ProductionApp App { get; } = new();
    public Nginx Nginx { get; private set; } = null!;
    public Uri Direct { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        Direct = App.StartOnRealPort();
        Nginx = await Nginx.StartAsync(Direct);
    }

    public async Task DisposeAsync()
    {
        await Nginx.DisposeAsync();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

/// <summary>
/// Behind a real nginx terminating TLS on loopback (Support/Nginx): the app sees the visitor's address and https as
/// nginx forwards them, and believes those headers from nginx only — never from a client that sends them itself.
/// </summary>
public sealed class ReverseProxyTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    private static IPAddress Loopback(int last) => IPAddress.Parse($"127.0.0.{last}");

    private static HttpRequestMessage Request(HttpMethod method, string path, string? forwardedFor = null, object? json = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = json is null ? null : JsonContent.Create(json) };
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return request;
    }

    private static HttpRequestMessage SignIn(string password, string? forwardedFor = null) =>
        Request(HttpMethod.Post, "/api/account/sign-in", forwardedFor, new { userName = AppFactory.AdministratorName, password });

    [Fact]
    public async Task Each_visitor_behind_nginx_has_its_own_chart_limit_and_a_forwarded_address_sent_by_the_visitor_is_ignored()
    {
        const string chart = "/api/charts/clearance-rate.png?scope=nation";
        var first = app.Nginx.Client(Loopback(3));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await first.GetAsync(chart)).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await first.GetAsync(chart)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync(chart)).StatusCode);

        // Another visitor through the same nginx: its own bucket, not the proxy's.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await app.Nginx.Client(Loopback(5)).GetAsync(chart)).StatusCode);
        // Claiming to be the first visitor changes nothing, through nginx (which appends the real address) or straight to the app.
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await app.Nginx.Client(Loopback(7)).SendAsync(Request(HttpMethod.Get, chart, "127.0.0.3"))).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Nginx.Direct(app.Direct, Loopback(9)).SendAsync(Request(HttpMethod.Get, chart, "127.0.0.3"))).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_records_the_visitor_behind_nginx_and_the_real_sender_of_a_direct_request_with_a_forged_address()
    {
        var proxied = app.Nginx.Client(Loopback(11));
        var signedIn = await proxied.SendAsync(SignIn(AppFactory.AdministratorPassword, forwardedFor: "198.51.100.1"));
        signedIn.EnsureSuccessStatusCode();
        var refused = await Nginx.Direct(app.Direct, Loopback(12)).SendAsync(SignIn("a wrong password", forwardedFor: "198.51.100.2"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);

        var audit = Request(HttpMethod.Get, "/api/admin/audit?size=200");
        audit.Headers.Add("Cookie", SessionCookie(signedIn).Split(';')[0]);
        var entries = (await (await proxied.SendAsync(audit)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").EnumerateArray().ToList();

        Assert.Contains(entries, e => e.GetProperty("action").GetString() == "sign-in" && e.GetProperty("clientAddress").GetString() == "127.0.0.11");
        Assert.Contains(entries, e => e.GetProperty("action").GetString()!.StartsWith("sign-in refused") && e.GetProperty("clientAddress").GetString() == "127.0.0.12");
        Assert.DoesNotContain(entries, e => e.GetProperty("clientAddress").GetString() is "127.0.0.2" or "198.51.100.1" or "198.51.100.2");
    }

    [Fact]
    public async Task Over_TLS_at_nginx_answers_carry_HSTS_and_the_session_cookie_is_Secure_and_a_direct_request_claiming_https_gets_neither()
    {
        var proxied = await app.Nginx.Client(Loopback(13)).SendAsync(SignIn(AppFactory.AdministratorPassword));
        var direct = Nginx.Direct(app.Direct, Loopback(14));
        var claiming = SignIn(AppFactory.AdministratorPassword, forwardedFor: "127.0.0.15");
        claiming.Headers.Add("X-Forwarded-Proto", "https");
        claiming.Headers.Host = Nginx.HostName;
        var plain = await direct.SendAsync(claiming);

        Assert.Equal(HttpStatusCode.OK, proxied.StatusCode);
        Assert.StartsWith("max-age=", proxied.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Contains("; secure", SessionCookie(proxied), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("secure", SessionCookie(plain), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Starting_an_OpenID_Connect_sign_in_through_nginx_sends_the_provider_an_https_redirect_address_of_the_public_site()
    {
        var answer = await app.Nginx.Client(Loopback(16)).GetAsync("/api/account/openid-connect");
        var direct = await Nginx.Direct(app.Direct, Loopback(17)).GetAsync("/api/account/openid-connect");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith(ProductionApp.ProviderAuthorize + "?", answer.Headers.Location!.ToString());
        Assert.Equal(new Uri(app.Nginx.Url, OpenIdSignIn.CallbackPath).ToString(), RedirectUri(answer));
        Assert.All(answer.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase));
        // Straight to the app over http it stays http: the scheme is nginx's, not written into the product.
        Assert.StartsWith("http://", RedirectUri(direct));
    }

    [Fact]
    public async Task The_live_hub_connects_through_nginx_over_a_WebSocket()
    {
        var handler = app.Nginx.Handler(Loopback(18));
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Nginx.Url, "/hubs/live"), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.HttpMessageHandlerFactory = _ => handler;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var socket = new ClientWebSocket();
                    await socket.ConnectAsync(context.Uri, new HttpMessageInvoker(handler, disposeHandler: false), cancellationToken);
                    return socket;
                };
            })
            .Build();

        // WebSockets only: without the upgrade passed by nginx there is no fallback and the start fails.
        await hub.StartAsync();

        Assert.Equal(HubConnectionState.Connected, hub.State);
    }

    private static string SessionCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("courtmetrics.admin="));

    private static string RedirectUri(HttpResponseMessage response) =>
        QueryHelpers.ParseQuery(response.Headers.Location!.Query)["redirect_uri"].ToString();
}
