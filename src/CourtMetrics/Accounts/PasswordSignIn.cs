using CourtMetrics.Database;
using Dapper;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CourtMetrics.Accounts;

public abstract record SignInOutcome
{
    public sealed record Accepted(int Id, string UserName, string Role, int[] RegionIds, int[] CourtIds) : SignInOutcome;
    public sealed record Refused : SignInOutcome;
    public sealed record Locked(DateTimeOffset Until) : SignInOutcome;
}

/// <summary>Checks a local account's password (administrator or viewer), counting failures towards a lockout.</summary>
public sealed class PasswordSignIn(
    NpgsqlDataSource db, SqlFiles sql, IOptions<AccountsOptions> options, TimeProvider clock, ILogger<PasswordSignIn> logger)
{
    internal static readonly PasswordHasher<string> Hasher = new();
    // Verified when the user name is unknown, so a wrong name costs as long as a wrong password.
    private static readonly string UnknownUserHash = Hasher.HashPassword("", Guid.NewGuid().ToString());

    // Settable properties: Dapper reads PostgreSQL arrays into them, not into constructor parameters.
    private sealed class Account
    {
        public int Id { get; init; }
        public string UserName { get; init; } = "";
        public string PasswordHash { get; init; } = "";
        public DateTime? LockedUntil { get; init; }
        public string Role { get; init; } = "";
        public int[] RegionIds { get; init; } = [];
        public int[] CourtIds { get; init; } = [];
    }

    public async Task<SignInOutcome> CheckAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await using var connection = await db.OpenConnectionAsync(cancellationToken);
        var account = await connection.QuerySingleOrDefaultAsync<Account>(
            new CommandDefinition(sql["accounts/find"], new { UserName = userName }, cancellationToken: cancellationToken));
        var now = clock.GetUtcNow();
        if (account is null)
        {
            Hasher.VerifyHashedPassword("", UnknownUserHash, password);
            logger.LogWarning("Sign-in refused for unknown account {UserName}", userName);
            return new SignInOutcome.Refused();
        }
        if (account.LockedUntil is { } lockedUntil && lockedUntil > now.UtcDateTime)
            return new SignInOutcome.Locked(new DateTimeOffset(lockedUntil, TimeSpan.Zero));

        var verdict = Hasher.VerifyHashedPassword(account.UserName, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var settings = options.Value;
            var locked = await connection.QuerySingleAsync<DateTime?>(new CommandDefinition(sql["accounts/record-failure"],
                new { account.Id, MaxAttempts = settings.LockoutAttempts, LockedUntil = now.AddMinutes(settings.LockoutMinutes).UtcDateTime },
                cancellationToken: cancellationToken));
            logger.LogWarning("Sign-in refused for {UserName}: wrong password", account.UserName);
            if (locked is { } until && until > now.UtcDateTime)
            {
                logger.LogWarning("Account {UserName} locked until {Until}", account.UserName, until);
                return new SignInOutcome.Locked(new DateTimeOffset(until, TimeSpan.Zero));
            }
            return new SignInOutcome.Refused();
        }

        var rehashed = verdict == PasswordVerificationResult.SuccessRehashNeeded ? Hasher.HashPassword(account.UserName, password) : null;
        await connection.ExecuteAsync(new CommandDefinition(sql["accounts/record-success"],
            new { account.Id, Now = now.UtcDateTime, RehashedPassword = rehashed }, cancellationToken: cancellationToken));
        logger.LogInformation("{Role} {UserName} signed in", account.Role, account.UserName);
        return new SignInOutcome.Accepted(account.Id, account.UserName, account.Role, account.RegionIds, account.CourtIds);
    }
}
