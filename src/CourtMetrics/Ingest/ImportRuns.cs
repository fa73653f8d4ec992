using System.Collections.Concurrent;

namespace CourtMetrics.Ingest;

/// <summary>One uploaded file's import, as the upload page follows it: its step, rows and bytes read, the report.</summary>
public sealed class ImportRun(string kind, string fileName, long fileBytes, string startedBy)
{
    public Guid Id { get; } = Guid.NewGuid();
    public string Kind => kind;
    public string FileName => fileName;
    public long FileBytes => fileBytes;
    public string StartedBy => startedBy;
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;
    /// <summary>queued, staging, checking, merging, then done (the report says written or refused) or failed.</summary>
    public string Phase { get; set; } = "queued";
    public long RowsRead { get; set; }
    public long BytesRead { get; set; }
    public ImportReport? Report { get; set; }
    public string? Error { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public bool Running => FinishedAt is null;
}

/// <summary>
/// The uploads being imported, and those finished in the last hour (so the page can show a report and serve the
/// rejected rows). Each import runs in the background from its temporary file, which is deleted when it ends.
/// At most MaxRunning run at once: an upload beyond that is refused, not queued behind gigabytes.
/// </summary>
public sealed class ImportRuns(CsvImport import, IHostApplicationLifetime lifetime, ILogger<ImportRuns> logger)
{
    public const int MaxRunning = 4;
    private static readonly TimeSpan KeptFor = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, ImportRun> _runs = new();

    public ImportRun? Find(Guid id) => _runs.GetValueOrDefault(id);

    /// <summary>Registers a run, or returns null when MaxRunning imports are already running.</summary>
    public ImportRun? TryAdd(string kind, string fileName, long fileBytes, string startedBy)
    {
        foreach (var old in _runs.Values.Where(r => r.FinishedAt < DateTimeOffset.UtcNow - KeptFor)) _runs.TryRemove(old.Id, out _);
        lock (_runs)
        {
            if (_runs.Values.Count(r => r.Running) >= MaxRunning) return null;
            var run = new ImportRun(kind, fileName, fileBytes, startedBy);
            _runs[run.Id] = run;
            return run;
        }
    }

    /// <summary>Forgets a run that never started (its upload failed).</summary>
    public void Remove(ImportRun run) => _runs.TryRemove(run.Id, out _);

    /// <summary>Imports the uploaded file in the background and deletes it afterwards.</summary>
    public void Start(ImportRun run, ImportOptions options, string path) => _ = Task.Run(() => RunAsync(run, options, path));

    private async Task RunAsync(ImportRun run, ImportOptions options, string path)
    {
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16,
                FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            var progress = new ImportProgress(
                rows => (run.RowsRead, run.BytesRead) = (rows, Math.Min(file.Position, run.FileBytes)),
                step => run.Phase = step.ToString().ToLowerInvariant());
            run.Report = await import.ImportAsync(file, options, progress, lifetime.ApplicationStopping);
            run.Phase = "done";
        }
        catch (Exception e)
        {
            logger.LogError(e, "Import {Id} of {Kind} from {File} by {User} failed", run.Id, run.Kind, run.FileName, run.StartedBy);
            run.Error = "The import failed on the server; nothing was written. The server log has the details.";
            run.Phase = "failed";
        }
        finally
        {
            if (File.Exists(path)) File.Delete(path);
            run.FinishedAt = DateTimeOffset.UtcNow;
        }
    }
}
