using System.Net;
using System.Net.Http.Json;
using CourtMetrics.Database;
using CourtMetrics.Tests.Support;
using Dapper;

namespace CourtMetrics.Tests.Targets;

/// <summary>
/// The one rule of which target applies (sql/queries/targets/effective.sql), hand-computed. Time standards: civil
/// 90 days 75 % and 365 days 98 %, criminal 180 days 60 %. Courts 11 and 12 are in region North (1).
/// </summary>
public sealed class EffectiveTargetsTests : AppTests
{
    protected override async Task SeedAsync()
    {
        await base.SeedAsync();
        await using var connection = await App.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("""
            INSERT INTO time_standards (category_id, within_days, target_share) VALUES (1, 365, 0.98), (1, 90, 0.75), (2, 180, 0.6);
            """);
    }

    private async Task<int> SetAsync(string metric, double target, int? court, short? category)
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();
        return await connection.QuerySingleAsync<int>("""
            INSERT INTO measure_targets (metric_id, court_id, category_id, target, updated_by)
            VALUES (@metric, @court, @category, @target, 'test') RETURNING id
            """, new { metric, court, category, target });
    }

    private async Task DeleteAsync(int id)
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("DELETE FROM measure_targets WHERE id = @id", new { id });
    }

    /// <summary>The rule asked directly, with a catalogue default of 50 % for within_standard_1.</summary>
    private async Task<double?> RuleAsync(int? court, string? category)
    {
        await using var connection = await App.DataSource.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(int? CourtId, string Metric, double Target)>(App.Get<SqlFiles>()["targets/effective"], new
        {
            CourtIds = court is { } c ? new[] { c } : [], Category = category,
            Metrics = new[] { "within_standard_1" }, Defaults = new double?[] { 0.5 },
        });
        return rows.Where(r => r.CourtId == court).Select(r => (double?)r.Target).SingleOrDefault();
    }

    [Fact]
    public async Task Court_and_category_beat_court_beats_category_beats_general_beats_time_standard_beats_catalogue_default()
    {
        var general = await SetAsync("within_standard_1", 0.81, null, null);
        var civil = await SetAsync("within_standard_1", 0.82, null, 1);
        var court = await SetAsync("within_standard_1", 0.83, 11, null);
        var courtCivil = await SetAsync("within_standard_1", 0.84, 11, 1);

        Assert.Equal(0.84, await RuleAsync(11, "civil"));
        Assert.Equal(0.83, await RuleAsync(11, "criminal"));   // another category: the court's own
        Assert.Equal(0.82, await RuleAsync(12, "civil"));      // another court: the category's
        Assert.Equal(0.82, await RuleAsync(null, "civil"));    // a region or the nation: no court's
        await DeleteAsync(courtCivil);
        Assert.Equal(0.83, await RuleAsync(11, "civil"));
        await DeleteAsync(court);
        Assert.Equal(0.82, await RuleAsync(11, "civil"));
        await DeleteAsync(civil);
        Assert.Equal(0.81, await RuleAsync(11, "civil"));
        await DeleteAsync(general);
        Assert.Equal(0.75, await RuleAsync(11, "civil"));      // civil's shortest tier
        Assert.Equal(0.6, await RuleAsync(11, "criminal"));
        Assert.Equal(0.5, await RuleAsync(11, null));          // all categories: no one standard
    }

    [Fact]
    public async Task A_scope_is_answered_with_every_measures_target_in_force_and_a_region_uses_the_general_targets()
    {
        await SetAsync("clearance_rate", 0.9, 11, null);
        await SetAsync("clearance_rate", 0.95, null, null);
        var http = App.CreateClient();

        var court = await http.GetFromJsonAsync<Dictionary<string, double>>("/api/targets/effective?scope=court:11&category=civil");
        var region = await http.GetFromJsonAsync<Dictionary<string, double>>("/api/targets/effective?scope=region:1&category=civil");
        var nation = await http.GetFromJsonAsync<Dictionary<string, double>>("/api/targets/effective?scope=nation");

        Assert.Equal((0.9, 0.75, 0.98), (court!["clearance_rate"], court["within_standard_1"], court["within_standard_2"]));
        Assert.Equal((0.95, 0.75), (region!["clearance_rate"], region["within_standard_1"]));
        Assert.Equal(0.95, nation!["clearance_rate"]);
        Assert.False(nation.ContainsKey("within_standard_1"));  // no category, no catalogue default
        var courts = await http.GetFromJsonAsync<Dictionary<int, Dictionary<string, double>>>("/api/targets/effective/courts?region=1");
        Assert.Equal([11, 12], courts!.Keys.Order());
        Assert.Equal((0.9, 0.95), (courts[11]["clearance_rate"], courts[12]["clearance_rate"]));
        var openApi = await http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/targets/effective\"", openApi);
        Assert.Contains("\"/api/targets/effective/courts\"", openApi);
    }
}
