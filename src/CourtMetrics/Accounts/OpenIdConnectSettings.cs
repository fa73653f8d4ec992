using Microsoft.Extensions.Options;

namespace CourtMetrics.Accounts;

/// <summary>
/// Signing in through an OpenID Connect provider (configuration section "Accounts:OpenIdConnect"): off without an
/// Authority. Users come back with the same cookie session as local accounts; their role and scopes come from claims
/// of the provider's id_token.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Accounts:OpenIdConnect";
    public const string Scheme = "openid-connect";

    /// <summary>The provider's issuer address (its /.well-known/openid-configuration is read from there).</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>The provider's name on the sign-in page: "Sign in with …".</summary>
    public string DisplayName { get; set; } = "single sign-on";
    /// <summary>The claim naming the user (else preferred_username, else the subject).</summary>
    public string NameClaim { get; set; } = "name";
    /// <summary>The claim holding the user's roles, and the value of it that makes an administrator; anyone else is a viewer.</summary>
    public string RoleClaim { get; set; } = "role";
    public string AdministratorRole { get; set; } = "courtmetrics-administrator";
    /// <summary>
    /// The claim listing a viewer's scopes: region:&lt;id or code&gt; and court:&lt;id or code&gt;, as several values
    /// (a JSON array) or one separated by spaces or commas. A viewer without any sees nothing.
    /// </summary>
    public string ScopesClaim { get; set; } = "courtmetrics_scopes";
    /// <summary>The OAuth scopes asked for, besides openid.</summary>
    public string[] RequestScopes { get; set; } = ["profile"];

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}

/// <summary>Checked at start: an Authority over https (http only in Development), and a ClientId with it.</summary>
public sealed class OpenIdConnectSettingsValidation(IHostEnvironment environment) : IValidateOptions<OpenIdConnectSettings>
{
    public ValidateOptionsResult Validate(string? name, OpenIdConnectSettings options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        var problems = new List<string>();
        if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            problems.Add($"{OpenIdConnectSettings.Section}:Authority '{options.Authority}' is not an absolute https address.");
        else if (authority.Scheme != "https" && !environment.IsDevelopment())
            problems.Add($"{OpenIdConnectSettings.Section}:Authority must use https (http is allowed only in Development): '{options.Authority}'.");
        if (string.IsNullOrWhiteSpace(options.ClientId))
            problems.Add($"{OpenIdConnectSettings.Section}:ClientId is required when an Authority is set.");
        foreach (var (key, value) in new[] { ("DisplayName", options.DisplayName), ("NameClaim", options.NameClaim),
                     ("RoleClaim", options.RoleClaim), ("AdministratorRole", options.AdministratorRole), ("ScopesClaim", options.ScopesClaim) })
            if (string.IsNullOrWhiteSpace(value) || value.Length > 100)
                problems.Add($"{OpenIdConnectSettings.Section}:{key} must have 1 to 100 characters.");
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
