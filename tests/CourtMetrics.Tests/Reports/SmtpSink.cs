using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CourtMetrics.Tests.Support;
using MimeKit;

namespace CourtMetrics.Tests.Reports;

/// <summary>
/// A mail server on loopback speaking just enough SMTP (EHLO/HELO, MAIL, RCPT, DATA, QUIT) to take what the product
/// sends: each message parsed with MimeKit, with the recipients the envelope named.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public sealed record Received(MimeMessage Message, IReadOnlyList<string> Recipients);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SmtpSink()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>The app's Mail settings for this sink (plain SMTP on loopback).</summary>
    public AppFactory Serve(AppFactory app, string from) =>
        app.With("Mail:Host", "127.0.0.1").With("Mail:Port", Port.ToString()).With("Mail:Security", "none").With("Mail:From", from);

    public ConcurrentQueue<Received> Messages { get; } = new();

    /// <summary>The first message whose subject passes, once it has come.</summary>
    public Task<Received> MessageAsync(Func<MimeMessage, bool>? which = null) =>
        Eventually.ValueAsync(() => Task.FromResult(Messages.FirstOrDefault(m => which?.Invoke(m.Message) ?? true)));

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var connection = client;
        var stream = client.GetStream();
        // No 8BITMIME offered: what arrives is 7-bit, so Latin-1 reads every byte back as it was sent.
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        var recipients = new List<string>();
        await writer.WriteLineAsync("220 sink");
        while (await reader.ReadLineAsync() is { } line)
        {
            switch (line.Split(' ')[0].ToUpperInvariant())
            {
                case "EHLO" or "HELO":
                    await writer.WriteLineAsync("250 sink");
                    break;
                case "RCPT":
                    recipients.Add(line[(line.IndexOf('<') + 1)..line.LastIndexOf('>')]);
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } text && text != ".")
                        data.Append(text.StartsWith("..") ? text[1..] : text).Append("\r\n");
                    Messages.Enqueue(new Received(MimeMessage.Load(new MemoryStream(Encoding.Latin1.GetBytes(data.ToString()))), recipients.ToList()));
                    recipients.Clear();
                    await writer.WriteLineAsync("250 queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default: // MAIL, RSET, NOOP
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
