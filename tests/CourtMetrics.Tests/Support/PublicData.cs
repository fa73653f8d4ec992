using CourtMetrics.Site;
using CourtMetrics.Database;

namespace CourtMetrics.Tests.Support;

/// <summary>The real published data in shared/data/public, found above the repository root (CI clones beside it).</summary>
public static class PublicData
{
    public static string File(string folder, string file)
    {
        for (var dir = new DirectoryInfo(RepositoryLayout.Root(AppContext.BaseDirectory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "public", folder, file);
            if (System.IO.File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"No shared/data/public/{folder}/{file} above the repository root");
    }
}
