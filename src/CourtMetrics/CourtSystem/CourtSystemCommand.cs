using CourtMetrics.Audit;
using CourtMetrics.Database;

namespace CourtMetrics.CourtSystem;

/// <summary>
/// `./run.sh import court-system &lt;file&gt; [--dry-run]`: applies a court-system file through the one path the API and
/// the demo use, prints every change (or every problem, with its line) and exits: 0 written or nothing to change,
/// 1 refused, 2 when the command itself is wrong. The site is not served.
/// </summary>
public static class CourtSystemCommand
{
    public const string Usage = "usage: import court-system <file.json> [--dry-run]";

    public static async Task<bool> RunCourtSystemImportIfAskedAsync(this WebApplication app, string[] args)
    {
        if (args is not ["import", "court-system", ..]) return false;
        Environment.ExitCode = await RunAsync(app.Services, args[2..], Console.Out, app.Lifetime.ApplicationStopping);
        app.Services.GetService<LocalPostgresCluster>()?.Stop();
        return true;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        var dryRun = args.Contains("--dry-run");
        var rest = args.Where(a => a != "--dry-run").ToList();
        if (rest.Count != 1 || rest[0].StartsWith("--"))
        {
            output.WriteLine(rest.FirstOrDefault(a => a.StartsWith("--")) is { } unknown ? $"unknown option {unknown}" : "give one file");
            output.WriteLine(Usage);
            return 2;
        }
        var path = rest[0];
        if (!File.Exists(path))
        {
            output.WriteLine($"There is no file {Path.GetFullPath(path)}.");
            return 2;
        }
        if (new FileInfo(path).Length > CourtSystemFile.MaxBytes)
        {
            output.WriteLine($"{path} is larger than {CourtSystemFile.MaxBytes:N0} bytes.");
            return 1;
        }
        output.WriteLine($"{(dryRun ? "Trying" : "Applying")} the court system in {path} …");
        var (file, problem) = CourtSystemFile.Parse(await File.ReadAllBytesAsync(path, cancellationToken));
        var outcome = file is null
            ? new CourtSystemOutcome(false, dryRun, [], [problem!])
            : await services.GetRequiredService<CourtSystemStore>().ApplyAsync(file, dryRun, cancellationToken);
        foreach (var change in outcome.Changes) output.WriteLine($"  {change}");
        foreach (var refusal in outcome.Problems) output.WriteLine($"  {refusal}");
        output.WriteLine(outcome.Summary);
        if (outcome.Written)
            await services.GetRequiredService<AuditLog>().RecordAsync($"command line ({Environment.UserName})", "court system applied",
                CourtSystemEndpoints.Detail(outcome), null, cancellationToken);
        return outcome.Refused ? 1 : 0;
    }
}
