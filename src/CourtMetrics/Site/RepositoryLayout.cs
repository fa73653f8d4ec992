namespace CourtMetrics.Site;

/// <summary>
/// Where the top-level folders are. In a checkout they sit above the project (sql/, wwwroot/ at the root);
/// in a published build they are copied next to the binaries.
/// </summary>
public static class RepositoryLayout
{
    public static string Root(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CourtMetrics.sln"))) return dir.FullName;
        return contentRoot;
    }

    public static string SqlDirectory(string contentRoot) => Existing(contentRoot, "sql")
        ?? Path.Combine(AppContext.BaseDirectory, "sql");

    public static string WebRoot(string contentRoot) => Existing(contentRoot, "wwwroot")
        ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");

    private static string? Existing(string contentRoot, string folder)
    {
        var inCheckout = Path.Combine(Root(contentRoot), folder);
        if (Directory.Exists(inCheckout)) return inCheckout;
        var beside = Path.Combine(contentRoot, folder);
        return Directory.Exists(beside) ? beside : null;
    }
}
