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

    public async Task<long> CasesAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(sql["simulation/copy-cases"], cancellationToken);
        long id = 0;
        foreach (var history in histories)
            foreach (var c in history.Cases)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(++id, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(SourceSystem, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(c.SourceId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(history.Court.Id, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(c.CategoryId, NpgsqlDbType.Smallint, cancellationToken);
                await copy.WriteAsync(c.FiledOn, NpgsqlDbType.Date, cancellationToken);
                if (c.DisposedOn is { } disposed) await copy.WriteAsync(disposed, NpgsqlDbType.Date, cancellationToken);
                else await copy.WriteNullAsync(cancellationToken);
                await copy.WriteAsync(c.Electronic ? "electronic" : "paper", NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(c.Extraterritorial, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(c.AiAssisted, NpgsqlDbType.Boolean, cancellationToken);
                if (id % ProgressEvery == 0) casesWritten(id);
            }
        await copy.CompleteAsync(cancellationToken);
        casesWritten(id);
        return id;
    }

    public async Task HearingsAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(sql["simulation/copy-hearings"], cancellationToken);
        long firstCaseId = 1;
        foreach (var history in histories)
        {
            foreach (var h in history.Hearings)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(SourceSystem, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(h.SourceId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(history.Court.Id, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(firstCaseId + h.CaseIndex, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(h.HeldOn, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(h.Video ? "video" : "in_person", NpgsqlDbType.Text, cancellationToken);
            }
            firstCaseId += history.Cases.Count;
        }
        await copy.CompleteAsync(cancellationToken);
    }

    public async Task BudgetAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(sql["simulation/copy-budget-lines"], cancellationToken);
        foreach (var history in histories)
            foreach (var line in history.BudgetLines)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(SourceSystem, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(line.SourceId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(history.Court.Id, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(line.FiscalYear, NpgsqlDbType.Smallint, cancellationToken);
                await copy.WriteAsync(line.Item, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(line.Allocated, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(line.Spent, NpgsqlDbType.Numeric, cancellationToken);
                await copy.WriteAsync(line.BookedOn, NpgsqlDbType.Date, cancellationToken);
            }
        await copy.CompleteAsync(cancellationToken);
    }

    public async Task PortalUseAsync(IReadOnlyList<CourtHistory> histories, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(sql["simulation/copy-portal-use"], cancellationToken);
        foreach (var history in histories)
            foreach (var day in history.PortalUse)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(history.Court.Id, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(day.Day, NpgsqlDbType.Date, cancellationToken);
                await copy.WriteAsync(day.Visits, NpgsqlDbType.Integer, cancellationToken);
            }
        await copy.CompleteAsync(cancellationToken);
    }
}
