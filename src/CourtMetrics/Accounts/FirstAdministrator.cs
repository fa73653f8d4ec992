using System.Security.Cryptography;
using CourtMetrics.Database;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CourtMetrics.Accounts;

/// <summary>At start, creates the first administrator when the database has none.</summary>
public static class FirstAdministrator
{
    public static async Task EnsureFirstAdministratorAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<AccountsOptions>>().Value;
        var db = app.Services.GetRequiredService<NpgsqlDataSource>();
        var sql = app.Services.GetRequiredService<SqlFiles>();
        await using var connection = await db.OpenConnectionAsync(app.Lifetime.ApplicationStopping);
        if (await connection.ExecuteScalarAsync<bool>(sql["accounts/any-administrator"])) return;

        var generated = string.IsNullOrEmpty(options.FirstAdministratorPassword);
        var password = !generated ? options.FirstAdministratorPassword! : RandomNumberGenerator.GetString(
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
        var hash = PasswordSignIn.Hasher.HashPassword(options.FirstAdministrator, password);
        // Still only while there is none: two nodes starting at once create one administrator.
        var created = await connection.QuerySingleOrDefaultAsync<int?>(sql["accounts/create-first"],
            new { UserName = options.FirstAdministrator, PasswordHash = hash });
        if (created is null) return;
        if (generated)
            app.Logger.LogWarning(
                "First administrator {UserName} created with the generated password {Password} (shown this once; set Accounts:FirstAdministratorPassword to choose it)",
                options.FirstAdministrator, password);
        else
            app.Logger.LogInformation("First administrator {UserName} created from the configuration", options.FirstAdministrator);
    }
}
