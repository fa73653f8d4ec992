using System.Text.Json;
using CourtMetrics.Database;
using CourtMetrics.Scopes;
using CourtMetrics.Site;
using Dapper;
using Npgsql;

namespace CourtMetrics.CourtSystem;

/// <summary>What applying a court system did or, on a dry run, would do; said in a reader's language by In.</summary>
public sealed record CourtSystemOutcome(bool Written, bool DryRun, IReadOnlyList<Phrase> Changes, IReadOnlyList<CourtSystemProblem> Problems)
{
    public bool Refused => Problems.Count > 0;

    public string Summary => SummaryIn("en");

    public string SummaryIn(string language) => Refused
        ? Messages.Say(language, "outcomeRefused", Messages.Count(language, "countProblems", Problems.Count))
        : Changes.Count == 0 ? Messages.Say(language, "outcomeNothing")
        : DryRun ? Messages.Say(language, "outcomeDryRun", Messages.Count(language, "countChanges", Changes.Count))
        : Messages.Say(language, "outcomeWritten", Messages.Count(language, "countChanges", Changes.Count));

    /// <summary>The outcome as an administrator reads it, in a language.</summary>
    public CourtSystemAnswer In(string language) => new(Written, DryRun, Refused, SummaryIn(language),
        Changes.Select(c => c.In(language)).ToList(), Problems.Select(p => p.In(language)).ToList());
}

/// <summary>What PUT /api/court-system answers: the outcome's summary, changes and problems in the request's language.</summary>
public sealed record CourtSystemAnswer(bool Written, bool DryRun, bool Refused, string Summary, IReadOnlyList<string> Changes,
    IReadOnlyList<string> Problems);

/// <summary>How far an instance is set up: the administrators' next steps and the public page's "no data yet".</summary>
public sealed record SetUpState(int Regions, int Courts, int Categories, bool HasCases, bool HasOtherData, bool HasYearlyStatistics, int ApiKeys,
    string? Currency, int FiscalYearStartMonth, string NamesJson = "{}")
{
    public bool HasData => HasCases || HasOtherData;

    /// <summary>The court system's own name by language (empty when its file gives none).</summary>
    public IReadOnlyDictionary<string, string> Names =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(NamesJson) ?? [];
}

/// <summary>A length of reported period (month, quarter, half-year, year) and how many courts report so.</summary>
public sealed record ReportingLength(string Length, int Courts);

/// <summary>How a scope's courts report over a span, and whether it has case rows there at all.</summary>
public sealed record Reporting(IReadOnlyList<ReportingLength> Lengths, bool CaseRows);

/// <summary>
/// Reads the court system as its file and applies a file in one transaction: the rules first, then what the data
/// forbids (sql/queries/court-system/conflicts.sql), then the changes; all of it or nothing. Every node is told
/// through a new data version, since names, populations and judges enter the measures.
/// </summary>
public sealed class CourtSystemStore(NpgsqlDataSource db, SqlFiles sql, CourtRegions courtRegions, ILogger<CourtSystemStore> logger)
{
    public async Task<CourtSystemDocument> ExportAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await ExportAsync(connection, null, cancellationToken);
    }

    public async Task<SetUpState> StateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<SetUpState>(new CommandDefinition(sql["court-system/state"], cancellationToken: cancellationToken));
    }

    /// <summary>How the courts of a scope report over a span: each length of period and how many courts use it.</summary>
    public async Task<Reporting> ReportingAsync(int[]? courtIds, short? regionId, DateOnly from, DateOnly to,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var parameters = new { courtIds, regionId, from, to };
        var lengths = (await connection.QueryAsync<ReportingLength>(new CommandDefinition(sql["court-system/reporting"],
            parameters, cancellationToken: cancellationToken))).ToList();
        var caseRows = await connection.QuerySingleAsync<bool>(new CommandDefinition(sql["court-system/case-rows"], parameters,
            cancellationToken: cancellationToken));
        return new Reporting(lengths, caseRows);
    }

    public async Task<CourtSystemOutcome> ApplyAsync(CourtSystemFile file, bool dryRun, CancellationToken cancellationToken = default)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var outcome = await ApplyAsync(connection, transaction, file, dryRun, cancellationToken);
        if (outcome.Written) await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>Applies in the caller's transaction (the demo seeds its country in the one of its history).</summary>
    public async Task<CourtSystemOutcome> ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CourtSystemFile file,
        bool dryRun, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(sql["court-system/lock"], transaction: transaction, cancellationToken: cancellationToken));
        var current = await ExportAsync(connection, transaction, cancellationToken);
        var proposed = CourtSystemChanges.Merge(current, file.Document);
        var problems = CourtSystemRules.Check(proposed, file);
        if (problems.Count > 0) return new(false, dryRun, [], problems);

        var document = JsonSerializer.Serialize(proposed, CourtSystemDocument.Json);
        var conflicts = await connection.QueryAsync<(string List, string Code, string Key, string[] Args)>(new CommandDefinition(
            sql["court-system/conflicts"], new { Document = document }, transaction, cancellationToken: cancellationToken));
        problems.AddRange(conflicts.Select(c => new CourtSystemProblem(file.LineOf(PathOf(proposed, c.List, c.Code)),
            PathOf(proposed, c.List, c.Code), Conflict(c.Key, c.Args))));
        if (problems.Count > 0) return new(false, dryRun, [], problems);

        var changes = CourtSystemChanges.Between(current, proposed);
        if (dryRun || changes.Count == 0) return new(false, dryRun, changes, []);
        await connection.ExecuteAsync(new CommandDefinition(sql["court-system/apply"], new { Document = document }, transaction,
            commandTimeout: 300, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(sql["court-system/publish"], transaction: transaction, cancellationToken: cancellationToken));
        courtRegions.Forget();
        logger.LogInformation("Court system changed: {Changes} changes ({Regions} regions, {Courts} courts, {Categories} categories)",
            changes.Count, proposed.Regions!.Count, proposed.Courts!.Count, proposed.Categories!.Count);
        return new(true, false, changes, []);
    }

    private async Task<CourtSystemDocument> ExportAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var json = await connection.QuerySingleAsync<string>(new CommandDefinition(sql["court-system/export"], transaction: transaction,
            cancellationToken: cancellationToken));
        return JsonSerializer.Deserialize<CourtSystemDocument>(json, CourtSystemDocument.Json)!;
    }

    // A conflict (sql/queries/court-system/conflicts.sql) is a message key and its values; what a court holds is a
    // list of kinds of data, each said in the reader's language.
    private static Phrase Conflict(string key, string[] args) => key == "conflictHoldsData"
        ? new(key, args[0], args.Skip(1).Select(kind => new Phrase($"held-{kind}")).ToList())
        : new(key, args);

    // A conflict names an entry by code; the administrator needs its place in the file.
    private static string PathOf(CourtSystemDocument document, string list, string code)
    {
        var index = list == "courts"
            ? document.Courts!.Select(c => c.Code).ToList().IndexOf(code)
            : document.Categories!.Select(c => c.Code).ToList().IndexOf(code);
        return index >= 0 ? $"{list}[{index}]" : $"{list} ({code}, not in the file)";
    }
}
