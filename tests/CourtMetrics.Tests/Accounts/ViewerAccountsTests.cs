using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Live;
using CourtMetrics.Metrics;
using CourtMetrics.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CourtMetrics.Tests.Accounts;

/// <summary>The small court system, and a viewer limited to region South (2) and court North District 1 (11).</summary>
public sealed class ViewerApp : AppFactory
{
    public const string Name = "south-viewer";
    public const string Password = "a viewer's long password";

    protected override async Task SeedAsync()
    {
        await CourtSystemFixture.SeedAsync(DataSource);
        var admin = await AdministratorClientAsync();
        var created = await admin.PostAsJsonAsync("/api/admin/viewers", new { userName = Name, password = Password, scopes = new[] { "region:2", "court:11" } });
        created.EnsureSuccessStatusCode();
    }
}

[Trait("Calendar", "today")]
public sealed class ViewerAccountsTests(ViewerApp app) : IClassFixture<ViewerApp>
{
    private const string ThisYear = "granularity=month&from=2026-01-01&to=2026-03-31";

    [Theory]
    [InlineData("region:2")]
    [InlineData("court:21")] // inside region South
    [InlineData("court:11")]
    [InlineData("courts:11,21")]
    public async Task A_viewer_reads_the_measures_and_chart_images_of_its_scopes(string scope)
    {
        var viewer = await app.SignedInClientAsync(ViewerApp.Name, ViewerApp.Password);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"/api/measures?family=case-flow&scope={scope}&{ThisYear}")).StatusCode);
        var image = await viewer.GetAsync($"/api/charts/views/case-flow/1.png?scope={scope}&{ThisYear}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/api/measures?family=case-flow&scope=court:12", "court:12")]
    [InlineData("/api/measures?family=case-flow&scope=courts:11,12", "courts:11,12")]
    [InlineData("/api/measures?family=case-flow&scope=nation", "nation")]
    [InlineData("/api/measures?family=case-flow", "nation")]
    [InlineData("/api/charts/views/case-flow/1.png?scope=region:1", "region:1")]
    [InlineData("/api/charts/chart.csv?measures=incoming&scope=court:12", "court:12")]
    [InlineData("/api/charts/views/case-flow.zip?scope=region:1", "region:1")]
    [InlineData("/api/charts/clearance-rate.png", "nation")]
    [InlineData("/api/ranking?family=case-flow&region=1", "region:1")]
    [InlineData("/api/ranking?family=case-flow", "nation")]
    [InlineData("/api/targets/effective?scope=court:12", "court:12")]
    [InlineData("/api/annotations?scope=nation", "nation")]
    [InlineData("/api/playlists/default/deck.pptx", "nation")]
    public async Task A_viewer_asking_for_a_scope_outside_its_own_gets_403_naming_it(string path, string scope)
    {
        var viewer = await app.SignedInClientAsync(ViewerApp.Name, ViewerApp.Password);

        var response = await viewer.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Scope not allowed", problem.GetProperty("title").GetString());
        Assert.Equal($"Your account may not see {scope}: it may see region:2, court:11 (and the courts inside its regions).",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_scope_picker_of_a_viewer_lists_only_its_regions_and_courts_while_an_administrator_sees_all()
    {
        var viewer = await app.SignedInClientAsync(ViewerApp.Name, ViewerApp.Password);
        var admin = await app.AdministratorClientAsync();

        Assert.Equal(["South"], Names(await viewer.GetFromJsonAsync<JsonElement>("/api/regions")));
        Assert.Equal(["North District 1", "South District 1"], Names(await viewer.GetFromJsonAsync<JsonElement>("/api/courts")).Order());
        var scopes = await viewer.GetFromJsonAsync<JsonElement>("/api/account/scopes");
        Assert.Equal("""{"everything":false,"regions":[2],"courts":[11]}""", scopes.GetRawText());
        Assert.Equal(["North", "South"], Names(await admin.GetFromJsonAsync<JsonElement>("/api/regions")));
        Assert.Equal(3, (await admin.GetFromJsonAsync<JsonElement>("/api/courts")).GetArrayLength());
        Assert.True((await admin.GetFromJsonAsync<JsonElement>("/api/account/scopes")).GetProperty("everything").GetBoolean());
    }

    [Fact]
    public async Task A_viewer_subscribes_live_to_its_scopes_and_is_refused_others_with_a_clear_message()
    {
        await using var hub = await app.ConnectHubAsync(await app.SessionCookieAsync(ViewerApp.Name, ViewerApp.Password));

        var allowed = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), Request("court:21"));
        var refused = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), Request("region:1")));
        var refusedNation = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), Request("nation")));

        Assert.Equal("court:21", allowed.Series.Scope);
        Assert.Contains("Your account may not see region:1: it may see region:2, court:11", refused.Message);
        Assert.Contains("Your account may not see nation", refusedNation.Message);
        await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), Request("region:2"));
    }

    [Fact]
    public async Task Anyone_in_the_showcase_and_an_administrator_see_every_scope()
    {
        var anonymous = app.CreateClient();
        var admin = await app.AdministratorClientAsync();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/measures?family=case-flow&scope=nation&{ThisYear}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/measures?family=case-flow&scope=region:1&{ThisYear}")).StatusCode);
        await using var hub = await app.ConnectHubAsync(await app.SessionCookieAsync(AppFactory.AdministratorName, AppFactory.AdministratorPassword));
        await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), Request("nation"));
    }

    [Fact]
    public async Task A_viewer_opens_no_administration_page_or_api()
    {
        var viewer = await app.SignedInClientAsync(ViewerApp.Name, ViewerApp.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/api/admin/viewers")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("/api/admin/viewers", new { })).StatusCode);
        var account = await viewer.GetFromJsonAsync<JsonElement>("/api/account");
        Assert.Equal("""["viewer"]""", account.GetProperty("roles").GetRawText());
        Assert.Equal("""["region:2","court:11"]""", account.GetProperty("scopes").GetRawText());
    }

    [Theory]
    [InlineData("""{"userName":"x","password":"long enough password","scopes":["region:9"]}""", "scopes", "there is no region:9")]
    [InlineData("""{"userName":"x","password":"long enough password","scopes":["court:11","district:3"]}""", "scopes[1]", "'district:3' is not region:<id> or court:<id>")]
    [InlineData("""{"userName":"x","password":"long enough password","scopes":[]}""", "scopes", "give 1 to 1000 scopes: region:<id> or court:<id>")]
    [InlineData("""{"userName":"x","password":"short","scopes":["region:1"]}""", "password", "a password of 12 to 200 characters is required")]
    [InlineData("""{"userName":"ADMIN","password":"long enough password","scopes":["region:1"]}""", "userName", "there is already an account named 'ADMIN'")]
    public async Task A_viewer_account_with_a_bad_field_is_not_created_and_the_answer_names_the_field(string body, string field, string message)
    {
        var admin = await app.AdministratorClientAsync();

        var response = await admin.PostAsync("/api/admin/viewers", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(message, problem.GetProperty("errors").GetProperty(field)[0].GetString());
        Assert.DoesNotContain(await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/viewers") ?? [], v => v.GetProperty("userName").GetString() == "x");
    }

    [Fact]
    public async Task Revoking_a_viewer_ends_its_session_its_sign_ins_and_its_live_connection_and_is_audited()
    {
        var admin = await app.AdministratorClientAsync();
        var created = await (await admin.PostAsJsonAsync("/api/admin/viewers",
            new { userName = "leaving", password = "leaving's password", scopes = new[] { "court:21" } })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("""["South District 1"]""", created.GetProperty("scopeNames").GetRawText());
        var viewer = await app.SignedInClientAsync("leaving", "leaving's password");
        await using var hub = await app.ConnectHubAsync(await app.SessionCookieAsync("leaving", "leaving's password"));
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), Request("court:21"));
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/account")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/admin/viewers/{id}")).StatusCode);

        // The session is gone: what is left is an anonymous visitor's (here the public showcase; without it, nothing).
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/account/sign-in",
            new { userName = "leaving", password = "leaving's password" })).StatusCode);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var listed = (await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/viewers"))!.Single(v => v.GetProperty("id").GetInt32() == id);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/admin/audit");
        var actions = audit.GetProperty("entries").EnumerateArray().Select(e => $"{e.GetProperty("action").GetString()} {e.GetProperty("detail").GetString()}").ToList();
        Assert.Contains($"DELETE /api/admin/viewers/{{id:int}} /api/admin/viewers/{id}", actions);
        Assert.Contains("POST /api/admin/viewers /api/admin/viewers", actions);
    }

    [Fact]
    public async Task A_viewer_is_told_only_of_alerts_of_its_scopes_both_listed_and_pushed()
    {
        await app.Get<ChangeFeed>().Listening.WaitAsync(TimeSpan.FromSeconds(30));
        var viewer = await app.SignedInClientAsync(ViewerApp.Name, ViewerApp.Password);
        await using var viewerHub = await app.ConnectHubAsync(await app.SessionCookieAsync(ViewerApp.Name, ViewerApp.Password));
        await using var anonymousHub = await app.ConnectHubAsync();
        var toViewer = new List<string>();
        var toAnonymous = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        viewerHub.On<List<JsonElement>>(nameof(ILiveClient.AlertsRaised), list => { lock (toViewer) toViewer.AddRange(list.Select(a => a.GetProperty("scope").GetString()!)); });
        anonymousHub.On<List<JsonElement>>(nameof(ILiveClient.AlertsRaised), list => toAnonymous.TrySetResult(list.Count));

        await RaiseAlertsAsync("nation", "region:1", "court:12", "court:21", "court:11");
        Assert.Equal(5, await toAnonymous.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        // A later alert of the viewer's region: once it has come, every push of the first notice has come before it.
        await RaiseAlertsAsync("region:2");
        await Eventually.ValueAsync(() => { lock (toViewer) return Task.FromResult(toViewer.Contains("region:2") ? "" : null); });

        lock (toViewer) Assert.Equal(["court:11", "court:21", "region:2"], toViewer.Distinct().Order());
        var listed = (await viewer.GetFromJsonAsync<JsonElement[]>("/api/alerts"))!.Select(a => a.GetProperty("scope").GetString()).Order();
        Assert.Equal(["court:11", "court:21", "region:2"], listed);
    }

    private async Task RaiseAlertsAsync(params string[] scopes)
    {
        await using var connection = await app.DataSource.OpenConnectionAsync();
        await Dapper.SqlMapper.ExecuteAsync(connection, """
            WITH raised AS (
                INSERT INTO alerts (metric_id, scope, period_start, period_end, value, target, met)
                SELECT 'clearance_rate', scope, date '2026-01-01', date '2026-01-31', 0.8, 0.95, false FROM unnest(@Scopes::text[]) AS s(scope)
                RETURNING id)
            SELECT pg_notify('courtmetrics_notices', json_build_object('alerts', array_agg(id))::text) FROM raised
            """, new { Scopes = scopes });
    }

    private static MeasureRequest Request(string scope) => new("case-flow", scope, null, "month", "2026-01-01", "2026-03-31");

    private static string[] Names(JsonElement list) => list.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToArray();
}
