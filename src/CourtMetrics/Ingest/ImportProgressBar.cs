namespace CourtMetrics.Ingest;

/// <summary>
/// The import command's progress: on a terminal one line redrawn in place (a bar, the percent of the file read,
/// rows and bytes); when the output is a file or a pipe, a plain line per update, so logs stay readable.
/// </summary>
internal sealed class ImportProgressBar(TextWriter output, bool terminal, long fileBytes, Func<long> bytesRead)
{
    private const int Width = 30;
    private bool _lineOpen;

    public void RowsRead(long rows)
    {
        var bytes = Math.Min(bytesRead(), fileBytes);
        var share = fileBytes == 0 ? 1 : (double)bytes / fileBytes;
        var text = $"{share * 100,3:F0} % · {rows:N0} rows · {Size(bytes)} of {Size(fileBytes)}";
        if (!terminal)
        {
            output.WriteLine($"  read {text}");
            return;
        }
        var filled = (int)Math.Round(share * Width);
        output.Write($"\r  [{new string('#', filled)}{new string('.', Width - filled)}] {text}   ");
        output.Flush();
        _lineOpen = true;
    }

    public void StepStarted(ImportStep step)
    {
        EndLine();
        output.WriteLine(step switch
        {
            ImportStep.Staging => "Reading the file into staging …",
            ImportStep.Checking => "Checking every row …",
            _ => "Merging the good rows …",
        });
    }

    public void Done() => EndLine();

    private void EndLine()
    {
        if (!_lineOpen) return;
        output.WriteLine();
        _lineOpen = false;
    }

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:F1} KB",
        _ => $"{bytes / (1024.0 * 1024):F1} MB",
    };
}
