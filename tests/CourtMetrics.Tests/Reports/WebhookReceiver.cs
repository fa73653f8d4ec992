using System.Collections.Concurrent;
using System.Net;
using CourtMetrics.Tests.Support;

namespace CourtMetrics.Tests.Reports;

/// <summary>A webhook receiver on loopback: keeps each POST's body and headers, answers with Status (200 unless a test breaks it).</summary>
public sealed class WebhookReceiver : IDisposable
{
    public sealed record Received(byte[] Body, string? Signature, string? Timestamp, int Answered);

    private readonly HttpListener _listener = new();

    public WebhookReceiver()
    {
        Url = new Uri($"http://127.0.0.1:{LoopbackPorts.Free()}/hooks/courtmetrics");
        _listener.Prefixes.Add($"http://127.0.0.1:{Url.Port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public Uri Url { get; }

    public int Status { get; set; } = 200;

    public ConcurrentQueue<Received> Requests { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var status = Status;
            Requests.Enqueue(new Received(body.ToArray(), context.Request.Headers["X-CourtMetrics-Signature"],
                context.Request.Headers["X-CourtMetrics-Timestamp"], status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
