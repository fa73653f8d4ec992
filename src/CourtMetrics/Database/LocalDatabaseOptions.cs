namespace CourtMetrics.Database;

/// <summary>The project-local PostgreSQL cluster used when no connection string is configured.</summary>
public sealed record LocalDatabaseOptions
{
    /// <summary>Cluster folder; relative paths are taken from the repository root (where CourtMetrics.sln is).</summary>
    public string Directory { get; init; } = ".data/pg";
    public int Port { get; init; } = 55432;
    public string Database { get; init; } = "courtmetrics";
    /// <summary>False only for throwaway test clusters: fsync off trades crash safety for speed.</summary>
    public bool Durable { get; init; } = true;
    public int MaxConnections { get; init; } = 100;
}
