using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace CourtMetrics.Benchmarks;

/// <summary>
/// Source systems sending event batches to POST /api/ingest/batches, each with its own API key, on a steady
/// schedule that together gives the asked rate (a source that falls behind sends its next batch at once). Each
/// source sends its batches in order, since a batch disposes of the cases its previous batch filed.
/// </summary>
public sealed class LoadSources(Uri app, string[] courts, string[] categories, int batchSize)
{
    private readonly List<double> _batchMilliseconds = [];
    private readonly List<string> _errors = [];
    private long _accepted;
    private int _batches, _failed;

    public long EventsAccepted => Interlocked.Read(ref _accepted);
    public int Batches => _batches;
    public int Failed => _failed;
    public IReadOnlyList<string> Errors { get { lock (_errors) return [.. _errors.Take(10)]; } }
    public IReadOnlyList<double> BatchMilliseconds { get { lock (_batchMilliseconds) return [.. _batchMilliseconds]; } }

    public static HttpClient Client(Uri app, string key)
    {
        var client = new HttpClient { BaseAddress = app, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Runs every source until the end, source s starting s/N of a period after the first.</summary>
    public Task RunAsync(IReadOnlyList<string> keys, double eventsPerSecond, Stopwatch clock, TimeSpan end)
    {
        var period = TimeSpan.FromSeconds(batchSize * keys.Count / eventsPerSecond);
        return Task.WhenAll(keys.Select((key, s) => SourceAsync(key, clock, clock.Elapsed + period * s / keys.Count, period, end)));
    }

    private async Task SourceAsync(string key, Stopwatch clock, TimeSpan next, TimeSpan period, TimeSpan end)
    {
        using var client = Client(app, key);
        for (var n = 0; ; n++)
        {
            if (next > clock.Elapsed) await Task.Delay(next - clock.Elapsed);
            if (clock.Elapsed >= end) return;
            var started = clock.Elapsed;
            await SendAsync(client, IngestApiBenchmark.Batch(n, batchSize, courts, categories), batchSize);
            lock (_batchMilliseconds) _batchMilliseconds.Add((clock.Elapsed - started).TotalMilliseconds);
            next += period;
        }
    }

    /// <summary>Sends one batch; anything but 200 is a failed call, kept with its answer.</summary>
    public async Task<bool> SendAsync(HttpClient client, object batch, int items)
    {
        Interlocked.Increment(ref _batches);
        try
        {
            using var response = await client.PostAsJsonAsync("/api/ingest/batches", batch);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Add(ref _accepted, items);
                return true;
            }
            Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Fail(e.Message);
        }
        return false;
    }

    private void Fail(string error)
    {
        Interlocked.Increment(ref _failed);
        lock (_errors) _errors.Add(error);
    }
}
