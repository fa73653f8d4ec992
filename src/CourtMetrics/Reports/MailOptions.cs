using MimeKit;

namespace CourtMetrics.Reports;

/// <summary>
/// The SMTP server reports and e-mail alerts go through (configuration section "Mail"). No Host: e-mail is off,
/// schedules send nothing and the admin page says so; with a Host the rest is checked at start.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";
    public static readonly string[] SecurityModes = ["none", "starttls", "tls"];

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>none (plain, for a relay on the same machine), starttls (upgrade after connecting), tls (TLS from the start, port 465).</summary>
    public string Security { get; set; } = "starttls";

    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>The sender: an address, or "Name &lt;address&gt;".</summary>
    public string? From { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host);

    public bool IsValid => !Configured || (Port is >= 1 and <= 65535 && SecurityModes.Contains(Security)
        && From is not null && MailboxAddress.TryParse(From, out var from) && from.Address.Contains('@'));
}

/// <summary>Alert webhooks (configuration section "Webhooks").</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Off: a webhook may not reach loopback, private, link-local or other internal addresses, so an administrator's
    /// URL cannot make the server probe its own network. On: for receivers inside the organisation (and tests).
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public bool IsValid => TimeoutSeconds is >= 1 and <= 60;
}
