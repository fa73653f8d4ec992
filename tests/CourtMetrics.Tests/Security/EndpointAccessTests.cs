using System.Net;
using System.Net.Http.Json;
using System.Text;
using CourtMetrics.Audit;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CourtMetrics.Tests.Security;

/// <summary>
/// Every endpoint of the app, classified: what an anonymous user gets, with the public showcase on and off. A new
/// endpoint fails the first test until it is added to the table, so nothing is ever left open by oversight.
/// </summary>
public sealed class EndpointAccessTests : IAsyncLifetime
{
    public enum Access
    {
        /// <summary>Read APIs: open in the showcase (200, or 400/404 for the sample's query), 401 without it.</summary>
        PublicRead,
        /// <summary>A page open like the read APIs (the API reference, like the OpenAPI document it shows): sent to the sign-in page without the showcase.</summary>
        PublicPage,
        /// <summary>Administration and import APIs: 401 always.</summary>
        Administrative,
        /// <summary>Administration pages: sent to the sign-in page always.</summary>
        AdministrativePage,
        /// <summary>The ingestion API: 401 without an API key.</summary>
        Ingest,
        /// <summary>Signing in and health: open always.</summary>
        Open,
        /// <summary>The Prometheus scrape: 403 to anyone outside Observability:MetricsAllowedNetworks without its token
        /// (an in-process request has no address; Observability/ScrapeAccessTests connects from loopback).</summary>
        Monitoring,
    }

    /// <param name="ScopeSample">For read APIs of a scope: a request for the nation, which a viewer limited to a region gets 403 for.</param>
    public sealed record Route(string Method, string Pattern, string Sample, Access Access, string? ScopeSample = null);

    public static readonly Route[] Table =
    [
        new("*", "/health/ready", "/health/ready", Access.Open),
        new("*", "/health/live", "/health/live", Access.Open),
        new("*", "/health", "/health", Access.Open),
        new("*", "/metrics", "/metrics", Access.Monitoring),
        new("POST", "/api/account/sign-in", "/api/account/sign-in", Access.Open),
        new("POST", "/api/account/sign-out", "/api/account/sign-out", Access.Open),
        new("GET", "/api/account", "/api/account", Access.Administrative),
        new("GET", "/api/account/scopes", "/api/account/scopes", Access.Open),
        new("GET", "/api/account/sign-in-options", "/api/account/sign-in-options", Access.Open),
        new("GET", "/api/account/openid-connect", "/api/account/openid-connect", Access.Open),
        new("GET", "/api/admin/viewers", "/api/admin/viewers", Access.Administrative),
        new("POST", "/api/admin/viewers", "/api/admin/viewers", Access.Administrative),
        new("DELETE", "/api/admin/viewers/{id:int}", "/api/admin/viewers/1", Access.Administrative),
        new("GET", "/api/admin/audit", "/api/admin/audit", Access.Administrative),
        new("*", "/admin/jobs/{**path}", "/admin/jobs/recurring", Access.AdministrativePage),
        new("GET", "/api/regions", "/api/regions", Access.PublicRead),
        new("GET", "/api/courts", "/api/courts", Access.PublicRead),
        new("GET", "/api/categories", "/api/categories", Access.PublicRead),
        new("GET", "/api/time-standards", "/api/time-standards", Access.PublicRead),
        new("GET", "/api/maps/regions", "/api/maps/regions", Access.PublicRead),
        new("GET", "/api/maps/figures", "/api/maps/figures?measure=nope", Access.PublicRead, "/api/maps/figures?measure=clearance_rate"),
        new("GET", "/api/metrics", "/api/metrics", Access.PublicRead),
        new("GET", "/api/measures", "/api/measures?family=nope", Access.PublicRead, "/api/measures?family=case-flow&scope=nation"),
        new("GET", "/api/ranking", "/api/ranking?metric=nope", Access.PublicRead, "/api/ranking?family=case-flow"),
        new("GET", "/api/simulation/status", "/api/simulation/status", Access.PublicRead),
        new("GET", "/api/targets", "/api/targets", Access.PublicRead),
        new("GET", "/api/targets/effective", "/api/targets/effective?scope=nation", Access.PublicRead, "/api/targets/effective?scope=nation"),
        new("GET", "/api/targets/effective/courts", "/api/targets/effective/courts", Access.PublicRead, "/api/targets/effective/courts"),
        new("PUT", "/api/targets", "/api/targets", Access.Administrative),
        new("DELETE", "/api/targets/{id:int}", "/api/targets/1", Access.Administrative),
        new("GET", "/api/alerts", "/api/alerts", Access.PublicRead),
        new("GET", "/api/annotations", "/api/annotations", Access.PublicRead, "/api/annotations?scope=nation"),
        new("POST", "/api/annotations", "/api/annotations", Access.Administrative),
        new("DELETE", "/api/annotations/{id:long}", "/api/annotations/1", Access.Administrative),
        new("GET", "/api/charts/chart.{format}", "/api/charts/chart.nope", Access.PublicRead, "/api/charts/chart.png?measures=incoming"),
        new("GET", "/api/charts/views/{view}/{number:int}.{format}", "/api/charts/views/nope/1.nope", Access.PublicRead, "/api/charts/views/case-flow/1.svg"),
        new("GET", "/api/charts/views/{view}.{format}", "/api/charts/views/nope.nope", Access.PublicRead, "/api/charts/views/case-flow.zip"),
        new("GET", "/api/charts/clearance-rate.{format}", "/api/charts/clearance-rate.nope", Access.PublicRead, "/api/charts/clearance-rate.png"),
        new("GET", "/api/playlists", "/api/playlists", Access.PublicRead),
        new("GET", "/api/playlists/default", "/api/playlists/default", Access.PublicRead),
        new("GET", "/api/playlists/{id:int}", "/api/playlists/999", Access.PublicRead),
        new("GET", "/api/playlists/{id}/deck.pptx", "/api/playlists/999/deck.pptx", Access.PublicRead, "/api/playlists/default/deck.pptx"),
        new("POST", "/api/playlists", "/api/playlists", Access.Administrative),
        new("PUT", "/api/playlists/{id:int}", "/api/playlists/1", Access.Administrative),
        new("DELETE", "/api/playlists/{id:int}", "/api/playlists/1", Access.Administrative),
        new("GET", "/api/reference-values", "/api/reference-values", Access.PublicRead),
        new("GET", "/api/public-address", "/api/public-address", Access.PublicRead),
        new("GET", "/api/public-address/qr.svg", "/api/public-address/qr.svg", Access.PublicRead),
        new("GET", "/api/measure-names", "/api/measure-names", Access.PublicRead),
        new("GET", "/api/data-state", "/api/data-state", Access.PublicRead),
        new("GET", "/api/reporting", "/api/reporting?scope=nation", Access.PublicRead),
        new("GET", "/api/court-system/set-up", "/api/court-system/set-up", Access.Administrative),
        new("GET", "/api/court-system", "/api/court-system", Access.Administrative),
        new("PUT", "/api/court-system", "/api/court-system?dryRun=true", Access.Administrative),
        new("PUT", "/api/court-system/courts/{code}", "/api/court-system/courts/X", Access.Administrative),
        new("DELETE", "/api/court-system/courts/{code}", "/api/court-system/courts/X", Access.Administrative),
        new("GET", "/api/yearly-statistics/units", "/api/yearly-statistics/units", Access.PublicRead),
        new("GET", "/api/yearly-statistics", "/api/yearly-statistics?from=2100&to=2000", Access.PublicRead),
        new("POST", "/api/imports", "/api/imports?kind=cases", Access.Administrative),
        new("GET", "/api/imports/{id:guid}", $"/api/imports/{Guid.Empty}", Access.Administrative),
        new("GET", "/api/imports/{id:guid}/rejected.csv", $"/api/imports/{Guid.Empty}/rejected.csv", Access.Administrative),
        new("GET", "/api/imports/{id:guid}/rejected.xlsx", $"/api/imports/{Guid.Empty}/rejected.xlsx", Access.Administrative),
        new("POST", "/api/ingest/batches", "/api/ingest/batches", Access.Ingest),
        new("GET", "/api/admin/api-keys", "/api/admin/api-keys", Access.Administrative),
        new("POST", "/api/admin/api-keys", "/api/admin/api-keys", Access.Administrative),
        new("DELETE", "/api/admin/api-keys/{id:int}", "/api/admin/api-keys/1", Access.Administrative),
        new("GET", "/api/admin/reports/status", "/api/admin/reports/status", Access.Administrative),
        new("GET", "/api/admin/reports/schedules", "/api/admin/reports/schedules", Access.Administrative),
        new("POST", "/api/admin/reports/schedules", "/api/admin/reports/schedules", Access.Administrative),
        new("PUT", "/api/admin/reports/schedules/{id:int}", "/api/admin/reports/schedules/1", Access.Administrative),
        new("DELETE", "/api/admin/reports/schedules/{id:int}", "/api/admin/reports/schedules/1", Access.Administrative),
        new("POST", "/api/admin/reports/schedules/{id:int}/send", "/api/admin/reports/schedules/1/send", Access.Administrative),
        new("GET", "/api/admin/reports/subscriptions", "/api/admin/reports/subscriptions", Access.Administrative),
        new("POST", "/api/admin/reports/subscriptions", "/api/admin/reports/subscriptions", Access.Administrative),
        new("DELETE", "/api/admin/reports/subscriptions/{id:int}", "/api/admin/reports/subscriptions/1", Access.Administrative),
        new("GET", "/api/admin/reports/deliveries", "/api/admin/reports/deliveries", Access.Administrative),
        new("GET", "/openapi/{documentName}.json", "/openapi/v1.json", Access.PublicRead),
        new("GET", "/api-reference/{documentName?}", "/api-reference/v1", Access.PublicPage),
        new("GET", "/api-reference/scalar.js", "/api-reference/scalar.js", Access.PublicPage),
        new("GET", "/api-reference/scalar.aspnetcore.js", "/api-reference/scalar.aspnetcore.js", Access.PublicPage),
        new("GET", "/api-reference/favicon.svg", "/api-reference/favicon.svg", Access.PublicPage),
        new("*", "/hubs/live/negotiate", "/hubs/live/negotiate?negotiateVersion=1", Access.PublicRead),
        new("*", "/hubs/live", "/hubs/live", Access.PublicRead),
    ];

    private readonly AppFactory _showcase = new();
    private readonly AppFactory _closed = new AppFactory().With("Accounts:PublicShowcase", "false");

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)_showcase).InitializeAsync();
        await ((IAsyncLifetime)_closed).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_showcase).DisposeAsync();
        await ((IAsyncLifetime)_closed).DisposeAsync();
    }

    [Fact]
    public void Every_endpoint_of_the_app_is_classified_in_the_table()
    {
        var endpoints = _showcase.Services.GetServices<EndpointDataSource>().SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {AuditSetup.Route(e)}"))
            .ToHashSet();
        var table = Table.Select(r => $"{r.Method} {r.Pattern}").ToHashSet();

        Assert.True(endpoints.SetEquals(table),
            $"Not in the table: {string.Join("; ", endpoints.Except(table))}. In the table but not in the app: {string.Join("; ", table.Except(endpoints))}");
    }

    [Fact]
    public async Task An_anonymous_user_gets_what_the_table_says_with_the_showcase_open() =>
        await CheckAsync(_showcase, showcase: true);

    [Fact]
    public async Task An_anonymous_user_gets_what_the_table_says_with_the_showcase_closed() =>
        await CheckAsync(_closed, showcase: false);

    [Fact]
    public async Task A_viewer_limited_to_a_region_gets_403_for_the_nation_from_every_read_api_of_a_scope()
    {
        var admin = await _showcase.AdministratorClientAsync();
        await using (var connection = await _showcase.DataSource.OpenConnectionAsync())
            await Dapper.SqlMapper.ExecuteAsync(connection, "INSERT INTO regions (id, code, name, population) VALUES (1, 'N', 'North', 1)");
        (await admin.PostAsJsonAsync("/api/admin/viewers", new { userName = "north", password = "north's password", scopes = new[] { "region:1" } }))
            .EnsureSuccessStatusCode();
        var viewer = await _showcase.SignedInClientAsync("north", "north's password");
        var wrong = new List<string>();
        foreach (var route in Table.Where(r => r.ScopeSample is not null))
        {
            var status = (int)(await viewer.GetAsync(route.ScopeSample)).StatusCode;
            if (status != 403) wrong.Add($"{route.ScopeSample}: {status}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static async Task CheckAsync(AppFactory app, bool showcase)
    {
        var client = app.AnonymousClient();
        var wrong = new List<string>();
        foreach (var route in Table)
        {
            var method = route.Method == "*" ? (route.Pattern.EndsWith("/negotiate") ? "POST" : "GET") : route.Method;
            using var request = new HttpRequestMessage(new HttpMethod(method), route.Sample);
            // The upload accepts CSV only: any other type is answered 415 before anything else.
            if (method is "POST" or "PUT")
                request.Content = route.Pattern == "/api/imports" ? new StringContent("a,b\n", Encoding.UTF8, "text/csv")
                    : new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var fine = route.Access switch
            {
                Access.PublicRead or Access.PublicPage when showcase => status is 200 or 400 or 404,
                Access.PublicRead or Access.Administrative or Access.Ingest => status == 401,
                Access.AdministrativePage or Access.PublicPage => status == 302
                    && new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath == "/admin/sign-in.html",
                Access.Open => status is not (401 or 403 or 302) && status < 500,
                Access.Monitoring => status == 403,
                _ => false,
            };
            if (!fine) wrong.Add($"{route.Method} {route.Sample} ({route.Access}): {status}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
