using System.ComponentModel.DataAnnotations;

namespace CourtMetrics.Accounts;

/// <summary>Administrator sign-in (configuration section "Accounts"), checked at start.</summary>
public sealed class AccountsOptions : IValidatableObject
{
    /// <summary>The account created at the first start, when there is no administrator yet.</summary>
    [Required, StringLength(100, MinimumLength = 1)]
    public string FirstAdministrator { get; set; } = "admin";

    /// <summary>
    /// Its password (e.g. from the environment: Accounts__FirstAdministratorPassword). Without one, a random password
    /// is generated and written once to the log, so no installation ever starts with a known password.
    /// </summary>
    public string? FirstAdministratorPassword { get; set; }

    /// <summary>
    /// True (the default, for the demo): the dashboards, read APIs and live hub are open to anyone. False: they need a
    /// signed-in account.
    /// </summary>
    public bool PublicShowcase { get; set; } = true;

    [Range(1, 100)] public int LockoutAttempts { get; set; } = 5;
    [Range(1, 24 * 60)] public int LockoutMinutes { get; set; } = 15;
    /// <summary>A session ends after this long without a request.</summary>
    [Range(5, 30 * 24 * 60)] public int SessionMinutes { get; set; } = 8 * 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(FirstAdministratorPassword) && FirstAdministratorPassword.Length is < 12 or > 200)
            yield return new ValidationResult("The first administrator's password must have 12 to 200 characters.",
                [nameof(FirstAdministratorPassword)]);
    }
}
