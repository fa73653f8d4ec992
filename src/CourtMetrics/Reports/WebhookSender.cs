using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CourtMetrics.Reports;

/// <summary>
/// POSTs a JSON body to a webhook, signed: X-CourtMetrics-Signature is sha256=&lt;hex HMAC-SHA256 of the body with
/// the subscription's secret&gt;, X-CourtMetrics-Timestamp the Unix time of sending.
/// Redirects are not followed, and every address the host resolves to is checked at connection (not only the URL as
/// written), so a name pointing inside cannot reach it unless Webhooks:AllowPrivateAddresses.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    public const string SignatureHeader = "X-CourtMetrics-Signature";
    public const string TimestampHeader = "X-CourtMetrics-Timestamp";

    private readonly HttpClient _client;
    private readonly TimeProvider _clock;

    public WebhookSender(IOptions<WebhookOptions> options, TimeProvider clock)
    {
        _clock = clock;
        var allowInternal = options.Value.AllowPrivateAddresses;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, allowInternal, cancellationToken),
        };
        _client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(options.Value.TimeoutSeconds) };
    }

    public static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Sends or throws (refused address, timeout, any answer but 2xx).</summary>
    public async Task PostAsync(Uri url, string secret, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        request.Headers.Add(SignatureHeader, Signature(secret, body));
        request.Headers.Add(TimestampHeader, _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        using var response = await _client.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The webhook answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
    }

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowInternal, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(endPoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        if (!allowInternal && addresses.FirstOrDefault(InternalAddresses.Contains) is { } refused)
            throw new HttpRequestException($"The webhook's host {endPoint.Host} is an internal address ({refused}); Webhooks:AllowPrivateAddresses is off.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}
