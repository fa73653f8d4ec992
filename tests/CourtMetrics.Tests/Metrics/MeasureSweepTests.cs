using System.Collections.Concurrent;
using System.Text.Json;
using CourtMetrics.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CourtMetrics.Tests.Metrics;

/// <summary>
/// Whatever a user picks on the demo court system — any family, scope, granularity and period preset — every way the
/// product answers it (the measures API, the live hub, every chart of every view as an image, the ranking) answers
/// with finite numbers or nothing, never an error. Run it at another date (README, "Testing") to see the year's ends.
/// </summary>
[Trait("Calendar", "today")]
public sealed class MeasureSweepTests(DemoSweep demo) : IClassFixture<DemoSweep>
{
    private IEnumerable<(string Family, string Scope, string Granularity, SweptPeriod Period)> MeasureCases() =>
        from family in demo.Families
        from scope in demo.Scopes
        from granularity in demo.Granularities
        from period in demo.Periods
        select (family, scope, granularity, period);

    [Fact]
    public async Task The_measures_api_answers_every_family_scope_granularity_and_preset_with_finite_numbers_or_none()
    {
        var failures = await SweepAsync(MeasureCases(), async c =>
        {
            var response = await demo.Http.GetAsync(
                $"/api/measures?family={c.Family}&scope={c.Scope}&granularity={c.Granularity}&from={c.Period.From}&to={c.Period.To}");
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) return $"{(int)response.StatusCode} {body}";
            using var json = JsonDocument.Parse(body);
            var points = json.RootElement.GetProperty("points").EnumerateArray().ToList();
            if (points.Count == 0) return "no period at all";
            return points.SelectMany(p => p.GetProperty("values").EnumerateObject())
                .Where(v => v.Value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Number) || v.Value.ValueKind == JsonValueKind.Number && !double.IsFinite(v.Value.GetDouble()))
                .Select(v => $"{v.Name} = {v.Value}").FirstOrDefault();
        });
        Assert.True(failures.IsEmpty, Report(failures));
    }

    [Fact]
    public async Task The_live_hub_subscribes_every_family_scope_granularity_and_preset_and_sends_finite_numbers_or_none()
    {
        await using var hub = new HubConnectionBuilder().WithUrl(new Uri(demo.Url, "/hubs/live")).Build();
        await hub.StartAsync();
        var failures = await SweepAsync(MeasureCases(), async c =>
        {
            var request = new MeasureRequest(c.Family, c.Scope, null, c.Granularity, c.Period.From, c.Period.To);
            try
            {
                var update = await hub.InvokeAsync<MeasureUpdate>(nameof(LiveHub.SubscribeMeasures), request);
                await hub.InvokeAsync(nameof(LiveHub.UnsubscribeMeasures), request);
                if (update.Series.Points.Count == 0) return "no period at all";
                return update.Series.Points.SelectMany(p => p.Values)
                    .Where(v => v.Value is { } d && !double.IsFinite(d)).Select(v => $"{v.Key} = {v.Value}").FirstOrDefault();
            }
            catch (HubException e)
            {
                return e.Message;
            }
        }, parallel: 1);
        Assert.True(failures.IsEmpty, Report(failures));
    }

    [Fact]
    public async Task Every_chart_of_every_view_is_drawn_as_png_for_every_scope_granularity_and_preset()
    {
        var charts = demo.Views.SelectMany(v => Enumerable.Range(1, v.Charts).Select(n => (v.View, Number: n))).ToList();
        Assert.NotEmpty(charts);
        var cases = from chart in charts
                    from scope in demo.Scopes
                    from granularity in demo.Granularities
                    from period in demo.Periods
                    select (chart.View, chart.Number, scope, granularity, period);
        var failures = await SweepAsync(cases, async c =>
        {
            var response = await demo.Http.GetAsync($"/api/charts/views/{c.View}/{c.Number}.png?scope={c.scope}" +
                $"&granularity={c.granularity}&from={c.period.From}&to={c.period.To}&width=320&height=200");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode) return $"{(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes)}";
            return bytes.AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) ? null : $"not a PNG ({response.Content.Headers.ContentType})";
        });
        Assert.True(failures.IsEmpty, Report(failures));
    }

    [Fact]
    public async Task The_ranking_answers_every_family_region_and_preset_with_finite_numbers_or_none()
    {
        var cases = from family in demo.Families
                    from scope in demo.RegionScopes
                    from period in demo.Periods
                    select (family, region: scope == "nation" ? "" : scope["region:".Length..], period);
        var failures = await SweepAsync(cases, async c =>
        {
            var response = await demo.Http.GetAsync($"/api/ranking?family={c.family}&region={c.region}&from={c.period.From}&to={c.period.To}");
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) return $"{(int)response.StatusCode} {body}";
            return NonFiniteNumber(JsonDocument.Parse(body).RootElement);
        });
        Assert.True(failures.IsEmpty, Report(failures));
    }

    private static string? NonFiniteNumber(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => double.IsFinite(element.GetDouble()) ? null : element.ToString(),
        JsonValueKind.Object => element.EnumerateObject().Select(p => NonFiniteNumber(p.Value)).FirstOrDefault(f => f is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(NonFiniteNumber).FirstOrDefault(f => f is not null),
        _ => null,
    };

    /// <summary>Runs every case (a few at a time: two cores serve them) and keeps what went wrong, by case.</summary>
    private static async Task<ConcurrentDictionary<string, string>> SweepAsync<T>(IEnumerable<T> cases, Func<T, Task<string?>> check, int parallel = 4)
    {
        var failures = new ConcurrentDictionary<string, string>();
        var all = cases.ToList();
        Assert.NotEmpty(all);
        await Parallel.ForEachAsync(all, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (c, _) =>
        {
            if (await check(c) is { } failure) failures[c!.ToString()!] = failure;
        });
        return failures;
    }

    private static string Report(ConcurrentDictionary<string, string> failures) =>
        $"{failures.Count} failed, for example:\n" + string.Join("\n", failures.OrderBy(f => f.Key).Take(15).Select(f => $"{f.Key}: {f.Value[..Math.Min(f.Value.Length, 300)]}"));
}
