using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Accounts;
using CourtMetrics.Tests.Support;
using Microsoft.Extensions.Hosting.Internal;

namespace CourtMetrics.Tests.Accounts;

/// <summary>The app with OpenID Connect sign-in through a provider of the test's own, both on loopback ports.</summary>
public sealed class OpenIdConnectApp : IAsyncLifetime
{
    public TestOpenIdProvider Provider { get; private set; } = null!;
    public AppFactory App { get; } = new();
    public Uri Url { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await TestOpenIdProvider.StartAsync();
        App.With("Accounts:OpenIdConnect:Authority", Provider.Authority.ToString())
            .With("Accounts:OpenIdConnect:ClientId", TestOpenIdProvider.ClientId)
            .With("Accounts:OpenIdConnect:ClientSecret", TestOpenIdProvider.ClientSecret)
            .With("Accounts:OpenIdConnect:DisplayName", "Court ID");
        await ((IAsyncLifetime)App).InitializeAsync();
        Url = App.StartOnRealPort();
        await CourtSystemFixture.SeedAsync(App.DataSource);
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)App).DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>
/// Signing in through an OpenID Connect provider (a tiny one in the test, on a loopback port): a client following
/// redirects goes to the provider and back, and comes back with the product's session, its role and scopes mapped
/// from the id_token's claims.
/// </summary>
public sealed class OpenIdConnectSignInTests(OpenIdConnectApp fixture) : IClassFixture<OpenIdConnectApp>
{
    private readonly TestOpenIdProvider _provider = fixture.Provider;
    private readonly AppFactory _app = fixture.App;
    private readonly Uri _url = fixture.Url;

    /// <summary>A browser-like client: it keeps cookies and follows redirects, across the app and the provider.</summary>
    private HttpClient Browser() => new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = true }) { BaseAddress = _url };

    [Fact]
    public async Task A_viewer_signing_in_at_the_provider_comes_back_with_a_session_limited_to_the_scopes_of_its_claim()
    {
        _provider.ForgeSignatures = false;
        _provider.User = new() { ["sub"] = "u-77", ["name"] = "Aigerim", ["role"] = "staff", ["courtmetrics_scopes"] = new[] { "region:S", "court:11" } };
        var browser = Browser();

        var landed = await browser.GetAsync("/api/account/openid-connect?returnUrl=/index.html");

        Assert.Equal(HttpStatusCode.OK, landed.StatusCode);
        Assert.Equal("/admin/sign-in.html", landed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("?signed-in=1&ReturnUrl=%2Findex.html", landed.RequestMessage.RequestUri.Query);
        var account = await browser.GetFromJsonAsync<JsonElement>("/api/account");
        Assert.Equal("Aigerim", account.GetProperty("userName").GetString());
        Assert.Equal("""["viewer"]""", account.GetProperty("roles").GetRawText());
        Assert.Equal("openid-connect", account.GetProperty("signedInWith").GetString());
        Assert.Equal("""{"everything":false,"regions":[2],"courts":[11]}""", (await browser.GetFromJsonAsync<JsonElement>("/api/account/scopes")).GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/measures?family=case-flow&scope=court:21")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/measures?family=case-flow&scope=court:12")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task A_user_with_the_administrator_role_claim_comes_back_as_an_administrator_and_the_sign_in_is_audited()
    {
        _provider.ForgeSignatures = false;
        _provider.User = new() { ["sub"] = "u-1", ["preferred_username"] = "chief", ["role"] = new[] { "staff", "courtmetrics-administrator" } };
        var browser = Browser();

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/account/openid-connect")).StatusCode);

        Assert.Equal("""["administrator"]""", (await browser.GetFromJsonAsync<JsonElement>("/api/account")).GetProperty("roles").GetRawText());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/measures?family=case-flow&scope=nation")).StatusCode);
        var audit = await browser.GetFromJsonAsync<JsonElement>("/api/admin/audit");
        var entry = audit.GetProperty("entries").EnumerateArray().First(e => e.GetProperty("action").GetString() == "sign-in (OpenID Connect)");
        Assert.Equal("chief", entry.GetProperty("administrator").GetString());
        Assert.Equal("administrator; subject u-1; scopes all", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_id_token_with_a_bad_signature_is_refused_no_session_is_set_and_the_refusal_is_audited()
    {
        _provider.User = new() { ["sub"] = "u-9", ["name"] = "Mallory", ["role"] = "courtmetrics-administrator" };
        _provider.ForgeSignatures = true;
        var browser = Browser();

        var landed = await browser.GetAsync("/api/account/openid-connect");

        Assert.Equal("/admin/sign-in.html?error=openid-connect", landed.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/account")).StatusCode);
        var admin = await _app.AdministratorClientAsync();
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit");
        var refusal = audit.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "sign-in refused: OpenID Connect");
        Assert.Contains("signature", refusal.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task In_Chromium_the_sign_in_page_offers_the_provider_and_its_viewer_lands_on_the_dashboard_with_its_scopes()
    {
        _provider.ForgeSignatures = false;
        _provider.User = new() { ["sub"] = "u-5", ["name"] = "Daulet", ["courtmetrics_scopes"] = "region:N" };
        await using var chromium = await Support.Browser.LaunchAsync();
        var page = await chromium.OpenAsync(new Uri(_url, "/admin/sign-in.html?ReturnUrl=%2F%3Fview%3Dcase-flow"));

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Sign in with Court ID" }).ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page).ToHaveURLAsync(new Uri(_url, "/?view=case-flow").ToString());
        await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("connection")).ToHaveTextAsync("Connected");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#region option")).ToHaveTextAsync(["North"]);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#scope-name")).ToHaveTextAsync("North");
        Assert.DoesNotContain(chromium.Errors, e => e.Contains("403") || e.Contains("401"));
    }

    [Fact]
    public async Task The_sign_in_options_name_the_provider()
    {
        var options = await new HttpClient { BaseAddress = _url }.GetFromJsonAsync<JsonElement>("/api/account/sign-in-options");

        Assert.Equal("""{"name":"Court ID","url":"/api/account/openid-connect"}""", options.GetProperty("openIdConnect").GetRawText());
    }
}

public sealed class OpenIdConnectSettingsTests
{
    [Theory]
    [InlineData("Production", "http://id.example", "cm", "Accounts:OpenIdConnect:Authority must use https (http is allowed only in Development): 'http://id.example'.")]
    [InlineData("Production", "https://id.example", "", "Accounts:OpenIdConnect:ClientId is required when an Authority is set.")]
    [InlineData("Development", "id.example", "cm", "Accounts:OpenIdConnect:Authority 'id.example' is not an absolute https address.")]
    public void Settings_that_cannot_work_stop_the_start_naming_the_setting(string environment, string authority, string clientId, string message)
    {
        var result = new OpenIdConnectSettingsValidation(new HostingEnvironment { EnvironmentName = environment })
            .Validate(null, new OpenIdConnectSettings { Authority = authority, ClientId = clientId });

        Assert.Equal([message], result.Failures);
    }

    [Theory]
    [InlineData("Production", "https://id.example")]
    [InlineData("Development", "http://127.0.0.1:5000")]
    [InlineData("Production", null)]
    public void An_https_provider_a_local_one_in_development_or_none_at_all_is_accepted(string environment, string? authority)
    {
        var result = new OpenIdConnectSettingsValidation(new HostingEnvironment { EnvironmentName = environment })
            .Validate(null, new OpenIdConnectSettings { Authority = authority, ClientId = "cm" });

        Assert.True(result.Succeeded);
    }
}
