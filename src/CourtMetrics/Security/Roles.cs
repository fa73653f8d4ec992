namespace CourtMetrics.Security;

/// <summary>Who may administer: the role every administrative path requires.</summary>
public static class Administrators
{
    public const string Policy = "administrators";
    public const string Role = "administrator";
    public const string SignInPage = "/admin/sign-in.html";
}

/// <summary>Viewers: accounts that see only the regions and courts of their scopes.</summary>
public static class Viewers
{
    public const string Role = "viewer";
}
