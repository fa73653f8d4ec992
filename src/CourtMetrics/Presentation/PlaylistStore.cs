using CourtMetrics.Database;
using Dapper;
using Npgsql;

namespace CourtMetrics.Presentation;

/// <summary>The saved playlists (sql/queries/playlists/): what the endpoints and the PPTX deck read and write.</summary>
public sealed class PlaylistStore(NpgsqlDataSource db, SqlFiles sql)
{
    public const int MaxPlaylists = 500;

    /// <summary>Every playlist by name, or the one of an id.</summary>
    public async Task<IReadOnlyList<Playlist>> ListAsync(int? id = null)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<PlaylistRow>(sql["playlists/list"], new { Id = id })).Select(r => r.ToPlaylist()).ToList();
    }

    public async Task<Playlist?> FindAsync(int id) => (await ListAsync(id)).SingleOrDefault();

    public async Task<bool> ScopeExistsAsync(string scope)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleAsync<bool>(sql["playlists/scope-exists"], new { Scope = scope });
    }

    /// <summary>The peer units named that have no yearly statistics.</summary>
    public async Task<IReadOnlyList<string>> UnknownUnitsAsync(string[] codes)
    {
        await using var connection = await db.OpenConnectionAsync();
        return (await connection.QueryAsync<string>(sql["playlists/unknown-units"], new { Codes = codes })).ToList();
    }

    /// <summary>Saves a new playlist (id null) or replaces one; its id, or null when there is no such playlist or no room for another.</summary>
    public async Task<int?> SaveAsync(int? id, Playlist playlist, string updatedBy)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<int?>(sql[id is null ? "playlists/insert" : "playlists/update"], new
        {
            Id = id, playlist.Name, playlist.Language, playlist.CaptionLanguage, playlist.IntervalSeconds, playlist.Theme,
            playlist.Scope, SlidesJson = Playlist.SlidesToJson(playlist.Slides), UpdatedBy = updatedBy, MaxPlaylists,
        });
    }

    /// <summary>Removes a playlist; false if there was none with that id.</summary>
    public async Task<bool> DeleteAsync(int id)
    {
        await using var connection = await db.OpenConnectionAsync();
        return await connection.QuerySingleOrDefaultAsync<int?>(sql["playlists/delete"], new { Id = id }) is not null;
    }
}
