using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CourtMetrics.Reports;

/// <summary>The one way the product sends e-mail: through the configured SMTP server (MailKit), one connection per message.</summary>
public sealed class MailSender(IOptions<MailOptions> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public bool Configured => options.Value.Configured;

    /// <summary>Sends or throws (no server configured, refused, unreachable): a job's failure, which Hangfire retries.</summary>
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        if (!mail.Configured) throw new InvalidOperationException("No mail server is configured (Mail:Host).");
        message.From.Clear();
        message.From.Add(MailboxAddress.Parse(mail.From!));
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var security = mail.Security switch
        {
            "tls" => SecureSocketOptions.SslOnConnect,
            "starttls" => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(mail.Host!, mail.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(mail.User)) await client.AuthenticateAsync(mail.User, mail.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>A well-formed single address (no name, no list), as recipients and subscriptions must be.</summary>
    public static bool IsAddress(string? text) =>
        text is { Length: >= 3 and <= 254 } && MailboxAddress.TryParse(text, out var mailbox)
        && mailbox.Address == text && mailbox.Address.IndexOf('@') is > 0 and var at && at < text.Length - 1;
}
