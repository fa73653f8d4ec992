namespace CourtMetrics.Database;

/// <summary>Finds PostgreSQL server programs: on PATH, else in Debian's versioned folders (newest first).</summary>
public static class PostgresBinaries
{
    public static string Find(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        var debian = "/usr/lib/postgresql";
        var found = System.IO.Directory.Exists(debian)
            ? System.IO.Directory.GetDirectories(debian)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin", tool))
                .FirstOrDefault(File.Exists)
            : null;
        return found ?? throw new InvalidOperationException(
            $"PostgreSQL's {tool} was not found. Install the server (apt-get install postgresql) or set ConnectionStrings__CourtMetrics.");
    }
}
