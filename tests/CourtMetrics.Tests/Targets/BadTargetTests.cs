using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Targets;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Targets;

/// <summary>
/// A bad target → 400 naming its field, and nothing stored; an unknown scope or category of the targets in force →
/// 404 or 400 naming it. A refusal writes nothing: one app serves every case.
/// </summary>
public sealed class BadTargetTests(CourtSystemApp app) : IClassFixture<CourtSystemApp>
{
    [Theory]
    [InlineData("nothing", 0.9, null, null, "metric")]
    [InlineData("incoming", 100, null, null, "metric")]
    [InlineData("clearance_rate", 90, null, null, "target")]
    [InlineData("clearance_rate", -0.1, null, null, "target")]
    [InlineData("clearance_rate", 0.9, 999, null, "courtId")]
    [InlineData("clearance_rate", 0.9, null, "maritime", "category")]
    public async Task A_bad_target_is_refused_naming_the_field(string metric, double target, int? courtId, string? category, string field)
    {
        var response = await app.Administrator.PutAsJsonAsync("/api/targets", new { metric, target, courtId, category });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _));
        Assert.Empty(await app.CreateClient().GetFromJsonAsync<List<MeasureTarget>>("/api/targets") ?? []);
    }

    [Theory]
    [InlineData("/api/targets/effective?scope=court:99", HttpStatusCode.NotFound, "court 99")]
    [InlineData("/api/targets/effective?scope=region:9", HttpStatusCode.NotFound, "region 9")]
    [InlineData("/api/targets/effective?scope=nation&category=tax", HttpStatusCode.NotFound, "'tax'")]
    [InlineData("/api/targets/effective?scope=planet:1", HttpStatusCode.BadRequest, "planet:1")]
    [InlineData("/api/targets/effective/courts?region=9", HttpStatusCode.NotFound, "region 9")]
    public async Task An_unknown_scope_or_category_of_the_targets_in_force_is_refused_naming_it(string path, HttpStatusCode status, string named)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }
}
