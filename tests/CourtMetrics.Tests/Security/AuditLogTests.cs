using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Security;

public sealed class AuditLogTests(AppFactory app) : IClassFixture<AppFactory>
{
    private sealed record Entry(long Id, DateTime At, string Administrator, string Action, string Detail);
    private sealed record AuditPage(int Page, int Size, long Total, List<Entry> Entries);

    private async Task<AuditPage> AuditAsync(HttpClient admin, string query = "") =>
        (await admin.GetFromJsonAsync<AuditPage>($"/api/admin/audit{query}"))!;

    [Fact]
    public async Task A_change_by_an_administrator_appears_in_the_audit_with_who_when_and_what()
    {
        var admin = await app.AdministratorClientAsync();
        var before = app.Get<TimeProvider>().GetUtcNow().UtcDateTime;

        (await admin.PutAsJsonAsync("/api/targets", new { metric = "clearance_rate", target = 0.95 })).EnsureSuccessStatusCode();
        var created = await admin.PostAsJsonAsync("/api/annotations", new { scope = "nation", date = "2025-03-01", text = "New judges" });
        created.EnsureSuccessStatusCode();
        var after = app.Get<TimeProvider>().GetUtcNow().UtcDateTime;

        var entries = (await AuditAsync(admin)).Entries;
        var target = Assert.Single(entries, e => e.Action == "PUT /api/targets");
        Assert.Equal(AppFactory.AdministratorName, target.Administrator);
        Assert.InRange(target.At, before, after);
        Assert.Equal("/api/targets", target.Detail);
        Assert.Contains(entries, e => e.Action == "POST /api/annotations" && e.Administrator == AppFactory.AdministratorName);
        Assert.True(entries.FindIndex(e => e.Action == "POST /api/annotations") < entries.FindIndex(e => e.Action == "PUT /api/targets"),
            "the newest comes first");
    }

    [Fact]
    public async Task Sign_ins_successful_or_not_are_audited_and_refused_changes_are_not()
    {
        var anonymous = app.CreateClient();
        await anonymous.PostAsJsonAsync("/api/account/sign-in", new { userName = "intruder", password = "letmein" });
        var refusedChange = await anonymous.DeleteAsync("/api/annotations/1");
        var admin = await app.AdministratorClientAsync();

        var entries = (await AuditAsync(admin)).Entries;

        Assert.Equal(HttpStatusCode.Unauthorized, refusedChange.StatusCode);
        Assert.Contains(entries, e => e.Administrator == "intruder" && e.Action == "sign-in refused: wrong user name or password");
        Assert.Contains(entries, e => e.Administrator == AppFactory.AdministratorName && e.Action == "sign-in");
        Assert.DoesNotContain(entries, e => e.Action.StartsWith("DELETE"));
    }

    [Fact]
    public async Task The_audit_is_paged_capped_and_for_administrators_only()
    {
        var admin = await app.AdministratorClientAsync();
        await app.AdministratorClientAsync();

        var first = await AuditAsync(admin, "?size=1");
        var second = await AuditAsync(admin, "?size=1&page=2");

        Assert.Single(first.Entries);
        Assert.True(first.Total >= 2);
        Assert.NotEqual(first.Entries[0].Id, second.Entries[0].Id);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/admin/audit?size=1000")).StatusCode);
        var anonymous = app.AnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/audit.html")).StatusCode);
        Assert.Contains("audit.js", await admin.GetStringAsync("/admin/audit.html"));
    }
}
