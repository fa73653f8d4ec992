using CourtMetrics.Database;
using Npgsql;
using NpgsqlTypes;

namespace CourtMetrics.Simulation;

/// <summary>
/// Writes generated histories with binary COPY, one COPY per table. Case ids are given here, in court order, so
/// hearings can point at their cases without a round trip.
/// </summary>
public sealed class HistoryCopy(NpgsqlConnection connection, SqlFiles sql, Action<long> casesWritten)
{
    public const string SourceSystem = "demo";
    private const int ProgressEvery = 50_000;

    /// <summary>The rows of one court, with the id its first case gets.</summary>
    private delegate Task WriteRow<in T>(NpgsqlBinaryImporter copy, CourtHistory court, long firstCaseId, T row, CancellationToken ct);

    public Task CasesAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken)
    {
        long id = 0;
        return CopyAsync("copy-cases", histories, h => h.Cases.Select((c, i) => (Case: c, Index: i)), async (copy, court, firstId, row, ct) =>
        {
            var c = row.Case;
            await copy.WriteAsync(id = firstId + row.Index, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(SourceSystem, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(c.SourceId, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(court.Court.Id, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(c.CategoryId, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync(c.FiledOn, NpgsqlDbType.Date, ct);
            if (c.DisposedOn is { } disposed) await copy.WriteAsync(disposed, NpgsqlDbType.Date, ct);
            else await copy.WriteNullAsync(ct);
            await copy.WriteAsync(c.Electronic ? "electronic" : "paper", NpgsqlDbType.Text, ct);
            await copy.WriteAsync(c.Extraterritorial, NpgsqlDbType.Boolean, ct);
            await copy.WriteAsync(c.AiAssisted, NpgsqlDbType.Boolean, ct);
            if (c.JudgmentPublishedOn is { } published) await copy.WriteAsync(published, NpgsqlDbType.Date, ct);
            else await copy.WriteNullAsync(ct);
            if (id % ProgressEvery == 0) casesWritten(id);
        }, cancellationToken, () => casesWritten(id));
    }

    public Task HearingsAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken) =>
        CopyAsync("copy-hearings", histories, h => h.Hearings, async (copy, court, firstCaseId, h, ct) =>
        {
            await copy.WriteAsync(SourceSystem, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(h.SourceId, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(court.Court.Id, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(firstCaseId + h.CaseIndex, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(h.HeldOn, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(h.Video ? "video" : "in_person", NpgsqlDbType.Text, ct);
        }, cancellationToken);

    public Task BudgetAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken) =>
        CopyAsync("copy-budget-lines", histories, h => h.BudgetLines, async (copy, court, _, line, ct) =>
        {
            await copy.WriteAsync(SourceSystem, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(line.SourceId, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(court.Court.Id, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(line.FiscalYear, NpgsqlDbType.Smallint, ct);
            await copy.WriteAsync(line.Item, NpgsqlDbType.Text, ct);
            await copy.WriteAsync(line.Allocated, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(line.Spent, NpgsqlDbType.Numeric, ct);
            await copy.WriteAsync(line.BookedOn, NpgsqlDbType.Date, ct);
        }, cancellationToken);

    public Task PortalUseAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken) =>
        CopyAsync("copy-portal-use", histories, h => h.PortalUse, async (copy, court, _, day, ct) =>
        {
            await copy.WriteAsync(court.Court.Id, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(day.Day, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(day.Visits, NpgsqlDbType.Integer, ct);
        }, cancellationToken);

    private async Task CopyAsync<T>(string query, IReadOnlyList<CourtHistory> histories, Func<CourtHistory, IEnumerable<T>> rowsOf,
        WriteRow<T> write, CancellationToken cancellationToken, Action? completed = null)
    {
        await using var copy = await connection.BeginBinaryImportAsync(sql[$"simulation/{query}"], cancellationToken);
        long firstCaseId = 1;
        foreach (var history in histories)
        {
            foreach (var row in rowsOf(history))
            {
                await copy.StartRowAsync(cancellationToken);
                await write(copy, history, firstCaseId, row, cancellationToken);
            }
            firstCaseId += history.Cases.Count;
        }
        await copy.CompleteAsync(cancellationToken);
        completed?.Invoke();
    }
}
