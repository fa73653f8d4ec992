using CourtMetrics.Tests.Support;
using Dapper;
using Npgsql;

namespace CourtMetrics.Tests.Accounts;

public sealed class FirstAdministratorTests
{
    [Fact]
    public async Task Without_a_configured_password_the_first_administrator_gets_a_generated_one_and_a_restart_changes_nothing()
    {
        var app = new AppFactory().With("Accounts:FirstAdministratorPassword", null).With("Accounts:FirstAdministrator", "chief");
        await ((IAsyncLifetime)app).InitializeAsync();
        try
        {
            // a new installation's database: migrated, no administrator yet (the tests' databases come with one)
            await using (var empty = new NpgsqlConnection(app.ConnectionString))
                await empty.ExecuteAsync("DELETE FROM administrators");
            _ = app.Server; // starts the host: migrations, then the first administrator

            await using var connection = await app.DataSource.OpenConnectionAsync();
            var first = await connection.QuerySingleAsync<(string, string)>("SELECT user_name, password_hash FROM administrators");
            await using var again = new AppFactory().With("ConnectionStrings:CourtMetrics", app.ConnectionString)
                .With("Accounts:FirstAdministrator", "someone-else");
            _ = again.Server;
            var all = (await connection.QueryAsync<(string, string)>("SELECT user_name, password_hash FROM administrators")).ToList();

            Assert.Equal("chief", first.Item1);
            Assert.Equal([first], all);
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
