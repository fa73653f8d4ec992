using System.Net;
using System.Net.Http.Json;

namespace CourtMetrics.Tests.Faults;

/// <summary>
/// A case-management system sending small batches of new cases, as a well-behaved client does: a batch that is not
/// answered 2xx is sent again, with the same case ids, until it is. It keeps the ids the API accepted and every
/// answer that was not a success.
/// </summary>
public sealed class RetryingSourceSystem(HttpClient client, string court, string category, int itemsPerBatch = 5)
{
    public sealed record Refusal(HttpStatusCode? Status, string? MediaType, string Body, string? RetryAfter);

    private readonly List<string> _accepted = [];
    private readonly List<Refusal> _refusals = [];
    private readonly HashSet<string> _sent = [];

    public IReadOnlyList<string> Accepted { get { lock (_accepted) return [.. _accepted]; } }
    public IReadOnlyList<Refusal> Refusals { get { lock (_refusals) return [.. _refusals]; } }
    /// <summary>Every id sent at least once (a batch in flight when the client stopped may or may not be stored).</summary>
    public IReadOnlySet<string> Sent { get { lock (_sent) return new HashSet<string>(_sent); } }

    public async Task RunAsync(CancellationToken stop)
    {
        var filedOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
        for (var batch = 0; !stop.IsCancellationRequested; batch++)
        {
            var ids = Enumerable.Range(0, itemsPerBatch).Select(i => $"outage-{batch}-{i}").ToList();
            lock (_sent) _sent.UnionWith(ids);
            var items = ids.Select(id => new
            {
                kind = "case_filed", case_id = id, court, category, filed_on = filedOn, filing_channel = "electronic",
            }).ToArray();
            while (!stop.IsCancellationRequested && !await SendAsync(items))
                await Task.Delay(100, CancellationToken.None);
            if (stop.IsCancellationRequested) return;
            lock (_accepted) _accepted.AddRange(ids);
        }
    }

    private async Task<bool> SendAsync(object[] items)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/api/ingest/batches", new { items });
            if (response.IsSuccessStatusCode) return true;
            var refusal = new Refusal(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
                await response.Content.ReadAsStringAsync(), response.Headers.RetryAfter?.ToString());
            lock (_refusals) _refusals.Add(refusal);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            lock (_refusals) _refusals.Add(new Refusal(null, null, e.Message, null));
        }
        return false;
    }
}
