using CourtMetrics.Site;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CourtMetrics.Database;
using CourtMetrics.Ingest.ApiKeys;
using CourtMetrics.Tests.Support;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CourtMetrics.Tests.Security;

public sealed class LimitedApp : AppFactory
{
    public LimitedApp()
    {
        // Windows of an hour: the test's few requests always fall in one.
        With("Security:SignInsPerWindow", "3").With("Security:SignInWindowSeconds", "3600");
        With("Security:ChartsPerWindow", "2").With("Security:ChartsWindowSeconds", "3600");
    }
}

public sealed class HardeningTests(LimitedApp app) : IClassFixture<LimitedApp>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/sign-in.html")]
    [InlineData("/api/regions")]
    [InlineData("/no-such-page")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await app.AnonymousClient().GetAsync(path);

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public void No_page_has_an_inline_script_or_event_handler_the_policy_would_block()
    {
        var root = RepositoryLayout.WebRoot(AppContext.BaseDirectory);
        var pages = Directory.GetFiles(root, "*.html").Concat(Directory.GetFiles(Path.Combine(root, "admin"), "*.html")).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            Assert.DoesNotMatch(new Regex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new Regex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Outside_development_https_answers_carry_strict_transport_security()
    {
        using var production = app.WithWebHostBuilder(builder => builder.UseEnvironment("Production"));
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://courtmetrics.example") });

        var response = await client.GetAsync("/api/regions");

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Sign_ins_from_one_address_beyond_the_limit_are_refused_with_429()
    {
        var client = app.AnonymousClient();
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            answers.Add((await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "guesser", password = $"guess {i}" })).StatusCode);
        var refused = await client.PostAsJsonAsync("/api/account/sign-in", new { userName = "guesser", password = "guess 5" });

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Too many sign-in attempts", problem.RootElement.GetProperty("title").GetString());
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Chart_requests_from_one_address_beyond_the_limit_are_refused_with_429()
    {
        var client = app.AnonymousClient();

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++) answers.Add((await client.GetAsync("/api/charts/chart.nope")).StatusCode);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, answers[0]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, answers[1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, answers[2]);
    }
}

public sealed class ErrorAnswerTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();

    public Task InitializeAsync() => ((IAsyncLifetime)_app).InitializeAsync();
    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task A_failure_inside_the_app_answers_500_problem_details_without_the_exception()
    {
        var client = _app.CreateClient();
        await using (var connection = await _app.DataSource.OpenConnectionAsync())
            await connection.ExecuteAsync("ALTER TABLE regions RENAME TO regions_gone");

        var response = await client.GetAsync("/api/regions");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonDocument.Parse(body).RootElement.GetProperty("status").GetInt32());
        foreach (var leak in new[] { "Exception", "Npgsql", "regions", " at ", ".cs" })
            Assert.DoesNotContain(leak, body);
    }

    [Fact]
    public async Task A_body_beyond_the_cap_is_refused_with_413_while_the_upload_keeps_its_own_larger_cap()
    {
        var server = new AppFactory().With("Security:MaxRequestBodyBytes", "2048");
        await ((IAsyncLifetime)server).InitializeAsync();
        try
        {
            await SendBigBodiesAsync(server);
        }
        finally
        {
            await ((IAsyncLifetime)server).DisposeAsync();
        }
    }

    private static async Task SendBigBodiesAsync(AppFactory server)
    {
        using var client = new HttpClient { BaseAddress = server.StartOnRealPort() };
        var big = new string('x', 8192);

        var signIn = await client.PostAsync("/api/account/sign-in",
            new StringContent($$"""{"userName":"admin","password":"{{big}}"}""", Encoding.UTF8, "application/json"));
        (await client.PostAsJsonAsync("/api/account/sign-in", new { userName = AppFactory.AdministratorName, password = AppFactory.AdministratorPassword }))
            .EnsureSuccessStatusCode();
        var upload = await client.PostAsync("/api/imports?kind=cases", new StringContent("nonsense\n" + big, Encoding.UTF8, "text/csv"));

        var key = await server.Get<ApiKeyStore>().CreateAsync("cap test", "cap-test", null, "tests");
        using var batch = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/batches")
        {
            Content = new StringContent($$"""{"items":[],"note":"{{big}}"}""", Encoding.UTF8, "application/json"),
        };
        batch.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key.Key);
        var ingest = await client.SendAsync(batch);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, signIn.StatusCode);
        foreach (var (name, answer) in new[] { ("upload", upload), ("ingest", ingest) })
            Assert.True(answer.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK or HttpStatusCode.Accepted,
                $"{name}: {answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
    }
}
