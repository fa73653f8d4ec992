using System.Buffers;
using System.Diagnostics;
using CourtMetrics.Database;
using CourtMetrics.Observability;
using CourtMetrics.Jobs;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CourtMetrics.Ingest;

/// <summary>
/// The product's one import path (web upload, API and CLI build on it). A CSV stream is split here and staged
/// raw by binary COPY into a temporary table; its kind's SQL converts and checks every row set-based and merges
/// the good ones by source ids — all in one transaction. By default one bad row means nothing is written.
/// </summary>
public sealed class CsvImport(NpgsqlDataSource dataSource, SqlFiles sql, AggregationRequests aggregation,
    IOptions<IngestOptions> limits, ILogger<CsvImport> logger)
{
    private const int ProgressEvery = 50_000;
    private const int CommandTimeoutSeconds = 1800;
    private static readonly SearchValues<char> Undecodable = SearchValues.Create(['\uFFFD', '\0']);

    /// <summary>Imports a CSV stream. rowsRead is called every 50,000 rows and at the end of the file.</summary>
    public Task<ImportReport> ImportAsync(Stream csv, ImportOptions options, Action<long>? rowsRead = null,
        CancellationToken cancellationToken = default) =>
        ImportAsync(csv, options, new ImportProgress(rowsRead), cancellationToken);

    /// <summary>Imports a CSV stream, telling progress the rows read and each step as it starts.</summary>
    public async Task<ImportReport> ImportAsync(Stream csv, ImportOptions options, ImportProgress progress,
        CancellationToken cancellationToken = default)
    {
        var rowsRead = progress.RowsRead;
        var kind = ImportKinds.Find(options.Kind)
            ?? throw new ArgumentException($"import kind '{options.Kind}' is not one of {string.Join(", ", ImportKinds.All.Select(k => k.Name))}");
        if (options.Delimiter is '"' or '\r' or '\n' || (options.DecimalComma && options.Delimiter == ','))
            throw new ArgumentException($"delimiter '{options.Delimiter}' cannot be used{(options.DecimalComma ? " with a decimal comma" : "")}");
        var clock = Stopwatch.StartNew();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(sql["ingest/begin"] + sql[kind.Sql("stage")], transaction: transaction);

        progress.StepStarted?.Invoke(ImportStep.Staging);
        var readerProblems = new List<ImportProblem>();
        var staged = await StageAsync(connection, kind, csv, options, readerProblems, rowsRead, cancellationToken);
        if (staged.Refused) return Refused(kind, staged.Rows, readerProblems);
        var stagedMs = clock.ElapsedMilliseconds;
        await connection.ExecuteAsync(sql["ingest/add-problems"], new
        {
            lines = readerProblems.Select(p => p.Line).ToArray(),
            columns = readerProblems.Select(p => Storable(p.Column)).ToArray(),
            reasons = readerProblems.Select(p => p.Reason).ToArray(),
            values = readerProblems.Select(p => p.Value is null ? null : Storable(p.Value)).ToArray(),
        }, transaction);
        progress.StepStarted?.Invoke(ImportStep.Checking);
        var check = sql[kind.Sql("check")] + (kind.KeyedBySourceIds ? sql["ingest/repeated-ids"] : "");
        await connection.ExecuteAsync(new CommandDefinition(check, new { decimalComma = options.DecimalComma, thousands = options.Thousands },
            transaction, CommandTimeoutSeconds, cancellationToken: cancellationToken));

        var checkedMs = clock.ElapsedMilliseconds;
        var totals = (await connection.QueryAsync<(string Reason, long Problems, long Lines, long BadLines)>(
            sql["ingest/problem-totals"], transaction: transaction)).ToList();
        var badLines = totals.Count > 0 ? totals[0].BadLines : 0;
        var problems = (await connection.QueryAsync<ImportProblem>(sql["ingest/problems"],
            new { limit = limits.Value.ReportedProblems }, transaction)).ToList();
        var byReason = totals.Select(t => new ProblemTotal(t.Reason, t.Problems, t.Lines)).ToList();
        if (badLines > 0 && !options.AcceptValid)
        {
            logger.LogInformation("Import of {Kind} refused: {BadLines} of {Rows} rows are bad", kind.Name, badLines, staged.Rows);
            ProductTelemetry.CountImport(kind.Name, accepted: 0, rejected: staged.Rows);
            return new ImportReport(kind.Name, false, staged.Rows, 0, 0, badLines, problems, byReason, null);
        }

        progress.StepStarted?.Invoke(ImportStep.Merging);
        var rejected = badLines > 0 ? await RejectedRows.ReadAsync(connection, sql, kind, transaction) : null;
        var trusted = kind.TrustsCheckedReferences
            && await connection.QuerySingleOrDefaultAsync<bool>(sql[kind.Sql("trust-references")], transaction: transaction);
        var (inserted, updated) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            sql[kind.Sql("merge")], transaction: transaction, commandTimeout: CommandTimeoutSeconds, cancellationToken: cancellationToken));
        if (trusted) await connection.ExecuteAsync(sql["ingest/references-checked-again"], transaction: transaction);
        var warnings = (await connection.QueryAsync<ImportProblem>(sql["ingest/warnings"],
            new { limit = limits.Value.ReportedProblems }, transaction)).ToList();
        await transaction.CommitAsync(cancellationToken);
        if (kind.FeedsAggregation && inserted + updated > 0) aggregation.Request();
        ProductTelemetry.CountImport(kind.Name, accepted: staged.Rows - badLines, rejected: badLines);
        logger.LogInformation("Imported {Kind}: {Rows} rows read, {Inserted} inserted, {Updated} updated, {Rejected} rejected in {Milliseconds} ms (read and COPY {StagedMs} ms, check {CheckMs} ms, merge {MergeMs} ms)",
            kind.Name, staged.Rows, inserted, updated, badLines, clock.ElapsedMilliseconds, stagedMs, checkedMs - stagedMs, clock.ElapsedMilliseconds - checkedMs);
        return new ImportReport(kind.Name, true, staged.Rows, inserted, updated, badLines, problems, byReason, rejected, warnings);
    }

    private readonly record struct Staged(long Rows, bool Refused);

    // Splits the file and COPYs every well-formed row; malformed ones become problems. Refused: the header lacks
    // columns, or the file is over a limit — then nothing else is worth checking.
    private async Task<Staged> StageAsync(NpgsqlConnection connection, ImportKind kind, Stream csv, ImportOptions options,
        List<ImportProblem> problems, Action<long>? rowsRead, CancellationToken cancellationToken)
    {
        var max = limits.Value;
        long rows = 0;
        var line = 1;
        try
        {
            if (csv.CanSeek && csv.Length - csv.Position > max.MaxFileBytes) throw TooLarge(max);
            using var text = new StreamReader(new LimitedStream(csv, max.MaxFileBytes, () => TooLarge(max)), options.TextEncoding(),
                detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
            var reader = new CsvRecordReader(text, options.Delimiter);
            if (!await reader.ReadAsync(cancellationToken))
            {
                problems.Add(new(1, "(header)", "the file is empty", null));
                return new(0, true);
            }
            var plan = ColumnPlan.Build(kind, reader, options.Columns, problems);
            if (plan is null) return new(0, true);
            await using var copy = await connection.BeginBinaryImportAsync(sql[kind.Sql("copy")], cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                line = reader.Line;
                if (reader.IsBlank) continue;
                if (++rows > max.MaxRows) throw new ImportLimitException($"the file has more than {max.MaxRows:N0} rows");
                if (Malformed(reader, plan, options) is { } problem) problems.Add(problem);
                else plan.Write(copy, reader);
                if (rows % ProgressEvery == 0) rowsRead?.Invoke(rows);
            }
            await copy.CompleteAsync(cancellationToken);
            rowsRead?.Invoke(rows);
            return new(rows, false);
        }
        catch (ImportLimitException e)
        {
            problems.Add(new(line, "(file)", e.Message, null));
            return new(rows, true);
        }
    }

    // PostgreSQL text cannot hold NUL: a header name or a reported value with one (a binary file) is stored with
    // U+FFFD in its place, as an undecodable byte is shown, instead of failing the whole report.
    private static string Storable(string text) => text.Replace('\0', '\uFFFD');

    private static ImportLimitException TooLarge(IngestOptions max) => new($"the file is larger than {max.MaxFileBytes:N0} bytes");

    private static ImportProblem? Malformed(CsvRecordReader reader, ColumnPlan plan, ImportOptions options)
    {
        if (reader.Error is { } error)
            return new(reader.Line, plan.HeaderName(reader.FieldCount - 1), $"malformed row: {error}", null);
        if (reader.FieldCount != plan.HeaderCount)
            return new(reader.Line, plan.HeaderName(Math.Min(reader.FieldCount, plan.HeaderCount)),
                $"malformed row: {reader.FieldCount} fields, the header has {plan.HeaderCount}", null);
        foreach (var index in plan.UsedIndexes)
        {
            var field = reader[index];
            var at = field.IndexOfAny(Undecodable);
            if (at < 0) continue;
            return field[at] == '\0'
                ? new(reader.Line, plan.HeaderName(index), "binary data (a NUL character): not a text file?", null)
                : new(reader.Line, plan.HeaderName(index),
                    $"text that is not valid {options.Encoding}: is the file in another encoding?", field.ToString());
        }
        return null;
    }

    private static ImportReport Refused(ImportKind kind, long rows, List<ImportProblem> problems) =>
        new(kind.Name, false, rows, 0, 0, 0, problems,
            problems.GroupBy(p => p.Reason).Select(g => new ProblemTotal(g.Key, g.Count(), g.Select(p => p.Line).Distinct().Count())).ToList(),
            null);
}
