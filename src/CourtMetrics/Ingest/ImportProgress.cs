namespace CourtMetrics.Ingest;

/// <summary>The steps of an import, in order: read the file into staging, check every row, merge the good ones.</summary>
public enum ImportStep { Staging, Checking, Merging }

/// <summary>
/// What an import tells its caller while it runs (the command's progress bar, the upload page's status): rows read
/// so far (every 50,000 rows and at the end of the file), and each step as it starts. Called on the import's thread.
/// </summary>
public sealed record ImportProgress(Action<long>? RowsRead = null, Action<ImportStep>? StepStarted = null);
