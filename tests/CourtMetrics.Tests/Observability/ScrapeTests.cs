using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CourtMetrics.Ingest;
using CourtMetrics.Jobs;
using CourtMetrics.Tests.Support;
using Hangfire;
using Microsoft.AspNetCore.SignalR.Client;

namespace CourtMetrics.Tests.Observability;

/// <summary>
/// What Prometheus finds at /metrics once the product has worked: each of its own figures, ASP.NET Core's and
/// Npgsql's; and that nobody without the token (an in-process request has no network address) is let in.
/// </summary>
public sealed class ScrapeTests : AppTests
{
    private const string Token = "a scrape token of some length";

    public ScrapeTests() => App.With("Observability:MetricsBearerToken", Token);

    [Fact]
    public void Without_a_collector_or_the_setting_nothing_is_traced_while_the_metrics_are_kept()
    {
        Assert.Null(App.Services.GetService(typeof(OpenTelemetry.Trace.TracerProvider)));
        Assert.NotNull(App.Services.GetService(typeof(OpenTelemetry.Metrics.MeterProvider)));
    }

    [Fact]
    public async Task A_scrape_after_reads_an_aggregation_a_chart_an_import_a_job_and_a_connection_finds_each_figure()
    {
        await CourtSystemFixture.AddCasesAsync(App.DataSource, ("m1", 11, 1, Months.Day(1, 3), Months.Day(1, 20)), ("m2", 21, 2, Months.Day(0, 1), null));
        await using var hub = await App.ConnectHubAsync();
        await hub.InvokeAsync<object>("SubscribeMeasures", new { family = "case-flow", scope = "nation", granularity = "month", from = Months.Day(2, 1), to = Months.Today.ToString("yyyy-MM-dd") });
        await App.AggregateAsync();
        var client = App.AnonymousClient();
        for (var i = 0; i < 2; i++)
        {
            (await client.GetAsync("/api/measures?family=case-flow&scope=court:11")).EnsureSuccessStatusCode();
            (await client.GetAsync("/api/charts/chart.png?measures=incoming&scope=court:11")).EnsureSuccessStatusCode();
        }
        const string csv = "source_system,source_id,court,category,filed_on,disposed_on,filing_channel\n";
        var report = await App.Get<CsvImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(
            csv + $"f,1,N-1,civil,{Months.Day(1, 5)},,paper\nf,2,N-1,nope,{Months.Day(1, 5)},,paper\n")), new ImportOptions { Kind = "cases", AcceptValid = true });
        Assert.Equal(1, report.RowsRejected);
        App.Get<IBackgroundJobClient>().Enqueue<Aggregator>(aggregator => aggregator.AggregateTouchedAsync(CancellationToken.None));

        string[] figures =
        [
            "courtmetrics_measure_reads_total", "courtmetrics_measure_cache_hits_total", "courtmetrics_measure_cache_misses_total",
            "courtmetrics_aggregation_duration_seconds_count", "courtmetrics_live_push_latency_seconds_count",
            "courtmetrics_import_rows_total", "courtmetrics_chart_renders_total", "courtmetrics_chart_cache_hits_total",
            "courtmetrics_live_connections", "courtmetrics_job_runs_total",
            "http_server_request_duration_seconds_count", "db_client_operation_duration_seconds_count",
        ];
        // The push and the job run after the calls above return: scraped again until every figure is there.
        var scrape = await ScrapeAsync(client);
        for (var tries = 0; tries < 300 && !figures.All(name => scrape.Total(name) > 0); tries++)
        {
            await Task.Delay(100);
            scrape = await ScrapeAsync(client);
        }

        var missing = figures.Where(name => !(scrape.Total(name) > 0)).ToList();
        Assert.True(missing.Count == 0, $"no value > 0 for {string.Join(", ", missing)}; there are {string.Join(", ", scrape.NamesStartingWith("courtmetrics").Concat(scrape.NamesStartingWith("db_")))}");
    }

    [Fact]
    public async Task A_scrape_without_the_token_or_with_a_wrong_one_is_refused()
    {
        var client = App.AnonymousClient();

        var without = await client.GetAsync("/metrics");
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token + "x") } };
        var withWrong = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withWrong.StatusCode);
        Assert.DoesNotContain("courtmetrics_", await without.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Authorized())).StatusCode);
    }

    private static HttpRequestMessage Authorized() =>
        new(HttpMethod.Get, "/metrics") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token) } };

    private static async Task<Scrape> ScrapeAsync(HttpClient client)
    {
        using var response = await client.SendAsync(Authorized());
        response.EnsureSuccessStatusCode();
        return new Scrape(await response.Content.ReadAsStringAsync());
    }
}
