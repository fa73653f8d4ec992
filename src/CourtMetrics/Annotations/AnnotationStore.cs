using CourtMetrics.Database;
using CourtMetrics.Scopes;
using Dapper;
using Npgsql;

namespace CourtMetrics.Annotations;

public sealed record Annotation(long Id, string Scope, DateOnly Date, string Text, string CreatedBy);

/// <summary>The dated notes as stored (sql/queries/annotations/): what the endpoints and the chart images read and write.</summary>
public sealed class AnnotationStore(NpgsqlDataSource db, SqlFiles sql, CourtRegions regions)
{
    /// <summary>Notes of a scope and of the scopes containing it (a court's region, the nation) in a period, oldest first.</summary>
    public async Task<IReadOnlyList<Annotation>> OfAsync(Scope scope, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var scopes = await regions.WithEnclosingAsync(scope);
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Annotation>(new CommandDefinition(sql["annotations/list"],
            new { Scopes = scopes, From = from, To = to }, cancellationToken: cancellationToken))).ToList();
    }

    public async Task<Annotation> AddAsync(Scope scope, DateOnly date, string text, string createdBy)
    {
        await using var connection = await db.OpenConnectionAsync();
        var id = await connection.QuerySingleAsync<long>(sql["annotations/insert"],
            new { Scope = scope.ToString(), Date = date, Text = text, CreatedBy = createdBy });
        return new Annotation(id, scope.ToString(), date, text, createdBy);
    }

    /// <summary>Removes a note; false if there was none with that id.</summary>
    public async Task<bool> DeleteAsync(long id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<long?>(sql["annotations/delete"], new { Id = id }) is not null;
    }
}
