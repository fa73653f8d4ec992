using System.Net.Http.Json;
using System.Text.Json;
using CourtMetrics.Metrics;
using CourtMetrics.Reference;
using CourtMetrics.Simulation;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Metrics;

/// <summary>
/// The small demo court system, live on a real port, and everything its dashboard offers to look at, read from the
/// product itself rather than listed here: the catalogue's families, the views and their charts (charts.json), the
/// page's period presets (evaluated by state.js in Chromium, at the browser's today), the granularities the API
/// takes, and the scopes of the pickers (the nation, each region, a court of each level, a set of courts). A new
/// family, view, chart or preset is swept without editing this file.
/// </summary>
public sealed class DemoSweep : IAsyncLifetime
{
    public AppFactory App { get; } = new AppFactory()
        .With("Simulation:Enabled", "true")
        .With("Simulation:Regions", "2")
        .With("Simulation:Courts", "7")
        .With("Simulation:CasesPerCourtPerYear", "300")
        // No live tick during the sweep: every read sees the same data.
        .With("Simulation:TickMilliseconds", "3600000");

    public Uri Url { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public IReadOnlyList<string> Families { get; private set; } = [];
    public IReadOnlyList<string> Scopes { get; private set; } = [];
    public IReadOnlyList<string> RegionScopes { get; private set; } = [];
    public IReadOnlyList<SweptPeriod> Periods { get; private set; } = [];
    public IReadOnlyList<(string View, int Charts)> Views { get; private set; } = [];
    public IReadOnlyList<string> Granularities => MeasureQuery.Granularities;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)App).InitializeAsync();
        Url = App.StartOnRealPort();
        Http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromMinutes(2) };
        var status = App.Get<SimulationStatus>();
        for (var waited = 0; waited < 1200 && status.Phase != SimulationPhase.Live; waited++) await Task.Delay(100);
        Assert.Equal(SimulationPhase.Live, status.Phase);
        await App.AggregateAsync();

        Families = (await Http.GetFromJsonAsync<MetricDefinition[]>("/api/metrics"))!.Select(m => m.Family).Distinct().ToList();
        var regions = (await Http.GetFromJsonAsync<RegionInfo[]>("/api/regions"))!;
        var courts = (await Http.GetFromJsonAsync<CourtInfo[]>("/api/courts"))!;
        RegionScopes = ["nation", .. regions.Select(r => $"region:{r.Id}")];
        var oneOfEachLevel = courts.GroupBy(c => c.Level).Select(g => g.First()).ToList();
        var districtsOfTwoRegions = courts.Where(c => c.Level == "district").GroupBy(c => c.RegionId).Select(g => g.First().Id);
        Scopes = [.. RegionScopes, .. oneOfEachLevel.Select(c => $"court:{c.Id}"), $"courts:{string.Join(',', districtsOfTwoRegions)}"];
        Assert.True(oneOfEachLevel.Count >= 3 && Scopes[^1].Contains(','), string.Join(" ", Scopes));

        using var charts = JsonDocument.Parse(await Http.GetStringAsync("/js/views/charts.json"));
        Views = charts.RootElement.GetProperty("views").EnumerateObject()
            .Select(v => (v.Name, v.Value.TryGetProperty("charts", out var list) ? list.GetArrayLength() : 0)).ToList();
        Periods = await PagePeriodsAsync();
    }

    /// <summary>Every preset of the page's period picker, as the page computes its dates, and a custom range across a year end.</summary>
    private async Task<IReadOnlyList<SweptPeriod>> PagePeriodsAsync()
    {
        await using var chromium = await Browser.LaunchAsync();
        var page = await chromium.OpenAsync(new Uri(Url, "/favicon.svg"));
        var periods = JsonSerializer.Deserialize<SweptPeriod[]>(await page.EvaluateAsync<string>("""
            async () => {
              const state = await import('/js/state.js');
              const now = new Date();
              const custom = { from: `${now.getUTCFullYear() - 1}-12-15`, to: `${now.getUTCFullYear()}-01-15` };
              return JSON.stringify(state.presets.map(period => ({ preset: period, ...state.rangeOf({ period, ...custom }) })));
            }
            """), JsonSerializerOptions.Web)!;
        Assert.Contains(periods, p => p.Preset == "last12");
        Assert.All(periods, p => Assert.True(p.From is not null && p.To is not null, p.Preset));
        return periods;
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

/// <summary>A period preset of the page and the dates it stands for today.</summary>
public sealed record SweptPeriod(string Preset, string From, string To)
{
    public override string ToString() => $"{Preset} {From}–{To}";
}
